import type { output, ZodType } from 'zod';
import type { Draft } from './draft.js';
import { DraftSchema } from './draft-schema.js';
import type { Limits } from './limits.js';
import { ProvisionSchema } from './provision.js';
import { type Term, TermSchema } from './term.js';

/**
 * A fast path for `parseDraft` on valid input, compiled once from `DraftSchema` itself.
 *
 * Why: zod's general machinery (a payload object and an issues array per value, path
 * bookkeeping, the memoizer) made validating two 10,000-provision drafts cost ten times a
 * plain walk of them, more than the whole diff (BENCHMARKS.md). Valid input needs none of it.
 *
 * How it stays exact: the walker is derived from the schema's own definitions (shapes, element
 * types, enum and literal values, defaults) and runs the schema's own checks (`_zod.check`), so
 * a changed constraint changes it too. It only ever answers "this is the draft zod would
 * return" or "ask zod": on anything unusual (a non-plain object, a key present but undefined, a
 * container nested too deep, a schema construct it does not know, a failing check) it gives
 * up and `parseDraft` runs the full zod path, which produces the result or the errors. So the
 * fast path can only differ from zod by accepting what zod rejects, which
 * `test/model/fast-parse.test.ts` checks on generated valid and invalid drafts.
 */

/** What the compiled walker returns when it gives up. */
const GIVE_UP: unique symbol = Symbol('give up');

type Walked = unknown | typeof GIVE_UP;

interface Walk {
  /**
   * Containers at this many path segments or more are too deep (as `inspectJson` counts), or
   * deeper than the fast path's own recursion cap: a cycle ends here and goes to zod, whose
   * path rejects it.
   */
  maxDepth: number;
  maxTextLength: number;
  /**
   * Past this many provisions the walk gives up at once: a sub-point list shared by reference
   * at every level would otherwise be walked once per path, twice as many with each level.
   */
  maxProvisions: number;
  provisions: number;
  /**
   * Provisions already found valid in this walk, when checking without a copy: a diff holds
   * each provision in every change about it and about its parents (`before`, `after`), and
   * each is walked once instead of once per level above it.
   */
  checked?: WeakSet<object>;
}

/**
 * The walker recurses; past this depth the input goes to zod's path, which walks iteratively
 * first (`inspectJson`). Far beyond any draft a person writes, far below the stack's limit.
 */
const RECURSION_CAP = 1_000;

type Walker = (value: unknown, depth: number, walk: Walk) => Walked;

// The parts of zod 4's internal schema representation (`schema._zod`) the compiler reads. They
// are not zod's public API, so package.json pins zod to one exact version, and
// test/model/fast-parse.test.ts holds every result of this module against zod's own.
interface ZodPayload {
  value: unknown;
  issues: unknown[];
}
interface ZodCheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  when?: (payload: ZodPayload) => boolean;
}
interface ZodDef extends ZodCheckDef {
  type: string;
  checks?: ZodLike[];
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  element?: ZodLike;
  innerType?: ZodLike;
  keyType?: ZodLike;
  valueType?: ZodLike;
  options?: ZodLike[];
  discriminator?: string;
  unionFallback?: boolean;
  defaultValue?: unknown;
  coerce?: boolean;
}
interface ZodLike {
  _zod: {
    def: ZodDef;
    traits: Set<string>;
    check?: (payload: ZodPayload) => unknown;
    values?: Set<unknown>;
    propValues?: Record<string, Set<unknown>>;
  };
}

/** The schema uses something the compiler does not know: no fast path at all. */
class Unsupported extends Error {}

type FieldMode = 'required' | 'optional' | 'defaulted';

interface Field {
  key: string;
  mode: FieldMode;
  walker: Walker;
  /** zod reads a default afresh each time (`def.defaultValue`), so this does too. */
  defaulted?: ZodDef;
}

/** The provision schema: where provisions are counted and their texts measured. */
let provisionSchema: ZodLike | undefined;

/**
 * The walker of a schema (a term, a diff), or `undefined` if unsupported. With `copy` false it
 * only checks: it answers with the input itself, allocating nothing (see `compileFastCheck`).
 */
function compilePartWalker(schema: unknown, copy = true): Walker | undefined {
  try {
    return new Compiler(copy).compile(schema as ZodLike);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function compileDraftWalker(): Walker | undefined {
  try {
    const draftSchema = DraftSchema as unknown as ZodLike;
    const provisions = draftSchema._zod.def.shape?.provisions?._zod.def.element;
    if (provisions === undefined) return undefined;
    provisionSchema = provisions;
    return new Compiler(true).compile(draftSchema);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Compiler {
  private readonly compiled = new Map<ZodLike, Walker>();

  /** False to build walkers that check only, returning the input rather than zod's copy. */
  constructor(private readonly copy: boolean) {}

  compile(schema: ZodLike): Walker {
    const known = this.compiled.get(schema);
    if (known !== undefined) return known;
    // Recursive schemas (provision items) reach themselves: hand out a forwarder first.
    let target: Walker | undefined;
    this.compiled.set(schema, (value, depth, walk) => (target as Walker)(value, depth, walk));
    target = this.build(schema);
    this.compiled.set(schema, target);
    return target;
  }

  private build(schema: ZodLike): Walker {
    const def = schema._zod.def;
    if (def.coerce === true) throw new Unsupported('coercion');
    const checks = checksOf(schema);
    switch (def.type) {
      case 'string':
        // Most strings of a draft have no checks of their own: spare them the call.
        if (checks.length === 0) return (value) => (typeof value === 'string' ? value : GIVE_UP);
        return stringWalker(checks);
      case 'number':
        return (value) =>
          typeof value === 'number' &&
          !Number.isNaN(value) &&
          Number.isFinite(value) &&
          passes(checks, value)
            ? value
            : GIVE_UP;
      case 'boolean':
        return (value) => (typeof value === 'boolean' && passes(checks, value) ? value : GIVE_UP);
      case 'enum':
      case 'literal': {
        const values = schema._zod.values;
        if (values === undefined) throw new Unsupported(def.type);
        return (value) => (values.has(value) && passes(checks, value) ? value : GIVE_UP);
      }
      case 'array':
        return this.array(def, checks);
      case 'object':
        return this.object(schema, def, checks);
      case 'record':
        return this.record(def, checks);
      case 'union':
        return def.discriminator === undefined
          ? this.union(def, checks)
          : this.discriminatedUnion(def, checks);
      case 'unknown':
        // zod hands any value back as it is (a metadata change's `before` is the draft's own).
        if (checks.length > 0) throw new Unsupported('checks on unknown');
        return (value) => value;
      default:
        throw new Unsupported(def.type);
    }
  }

  private array(def: ZodDef, checks: readonly ZodLike[]): Walker {
    if (def.element === undefined) throw new Unsupported('array without element');
    const element = this.compile(def.element);
    if (!this.copy) {
      return (value, depth, walk) => {
        if (!Array.isArray(value) || depth >= walk.maxDepth) return GIVE_UP;
        for (let index = 0; index < value.length; index++) {
          if (element(value[index], depth + 1, walk) === GIVE_UP) return GIVE_UP;
        }
        return passes(checks, value) ? value : GIVE_UP;
      };
    }
    return (value, depth, walk) => {
      if (!Array.isArray(value) || depth >= walk.maxDepth) return GIVE_UP;
      const result = new Array(value.length);
      for (let index = 0; index < value.length; index++) {
        const item = element(value[index], depth + 1, walk);
        if (item === GIVE_UP) return GIVE_UP;
        result[index] = item;
      }
      return passes(checks, result) ? result : GIVE_UP;
    };
  }

  private object(schema: ZodLike, def: ZodDef, checks: readonly ZodLike[]): Walker {
    // Strict objects only: an unknown key is an error, never silently stripped or kept.
    if (def.catchall?._zod.def.type !== 'never' || def.shape === undefined) {
      throw new Unsupported('non-strict object');
    }
    const shape = def.shape;
    const fields: Field[] = Object.keys(shape).map((key) => {
      if (key === '__proto__') throw new Unsupported('__proto__ key');
      return this.field(key, shape[key] as ZodLike);
    });
    const isProvision = schema === provisionSchema || schema === ProvisionSchema;
    // Checks of an object read zod's output, defaults applied: a walker that does not copy has none to give them.
    if (!this.copy && checks.length > 0) throw new Unsupported('checks on an object, not copying');
    const walker =
      generateObjectWalker(fields, isProvision, checks, this.copy) ??
      interpretObjectWalker(fields, isProvision, checks, this.copy);
    if (this.copy || !isProvision) return walker;
    return (value, depth, walk) => {
      if (walk.checked?.has(value as object)) return value;
      const walked = walker(value, depth, walk);
      if (walked !== GIVE_UP) walk.checked?.add(value as object);
      return walked;
    };
  }

  /**
   * A record with string keys (a comparison's values by draft id). zod walks the own enumerable
   * keys and skips a `__proto__` one, which its copy could not hold: so does the copying
   * walker. The checking walker returns the input, `__proto__` entry and all, so it checks that
   * entry too. A symbol key, which the string key schema rejects, goes to zod.
   */
  private record(def: ZodDef, checks: readonly ZodLike[]): Walker {
    const keyDef = def.keyType?._zod.def;
    if (keyDef?.type !== 'string' || (keyDef.checks?.length ?? 0) > 0 || checks.length > 0) {
      throw new Unsupported('record other than of plain string keys');
    }
    if (def.valueType === undefined) throw new Unsupported('record without value type');
    const element = this.compile(def.valueType);
    const copy = this.copy;
    return (value, depth, walk) => {
      if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;
      const input = value as Record<string, unknown>;
      if (Object.getOwnPropertySymbols(input).length > 0) return GIVE_UP;
      const result: Record<string, unknown> = {};
      for (const key in input) {
        if (copy && key === '__proto__') continue;
        const walked = element(input[key], depth + 1, walk);
        if (walked === GIVE_UP) return GIVE_UP;
        if (copy) result[key] = walked;
      }
      return copy ? result : value;
    };
  }

  private field(key: string, schema: ZodLike): Field {
    const def = schema._zod.def;
    if ((def.type === 'optional' || def.type === 'default') && (def.checks?.length ?? 0) > 0) {
      throw new Unsupported('checks on a wrapper');
    }
    if (def.type === 'optional' && def.innerType !== undefined) {
      if (def.innerType._zod.def.type === 'default') throw new Unsupported('optional default');
      return { key, mode: 'optional', walker: this.compile(def.innerType) };
    }
    if (def.type === 'default' && def.innerType !== undefined) {
      const inner = def.innerType._zod.def.type;
      if (inner === 'optional' || inner === 'default') throw new Unsupported('nested default');
      return { key, mode: 'defaulted', walker: this.compile(def.innerType), defaulted: def };
    }
    return { key, mode: 'required', walker: this.compile(schema) };
  }

  private union(def: ZodDef, checks: readonly ZodLike[]): Walker {
    const options = (def.options ?? []).map((option) => this.compile(option));
    // zod returns the first option that passes.
    return (value, depth, walk) => {
      for (const option of options) {
        const walked = option(value, depth, walk);
        if (walked !== GIVE_UP) return passes(checks, walked) ? walked : GIVE_UP;
      }
      return GIVE_UP;
    };
  }

  private discriminatedUnion(def: ZodDef, checks: readonly ZodLike[]): Walker {
    const discriminator = def.discriminator as string;
    if (def.unionFallback === true) throw new Unsupported('union fallback');
    const byValue = new Map<unknown, Walker>();
    for (const option of def.options ?? []) {
      const values = option._zod.propValues?.[discriminator];
      if (values === undefined) throw new Unsupported('option without discriminator');
      const walker = this.compile(option);
      for (const value of values) {
        if (value === undefined || byValue.has(value)) throw new Unsupported('ambiguous option');
        byValue.set(value, walker);
      }
    }
    return (value, depth, walk) => {
      if (!isPlainObject(value)) return GIVE_UP;
      const option = byValue.get((value as Record<string, unknown>)[discriminator]);
      if (option === undefined) return GIVE_UP;
      const walked = option(value, depth, walk);
      return walked !== GIVE_UP && passes(checks, walked) ? walked : GIVE_UP;
    };
  }
}

/**
 * The object walker, interpreted: a loop over the fields. Used where code generation is not
 * allowed (a Content Security Policy without `unsafe-eval`); same answers, a few times slower.
 */
function interpretObjectWalker(
  fields: readonly Field[],
  isProvision: boolean,
  checks: readonly ZodLike[],
  copy: boolean,
): Walker {
  const keys = new Set(fields.map((field) => field.key));
  return (value, depth, walk) => {
    if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;
    const input = value as Record<string, unknown>;
    // zod's strict check walks `for...in`; so does this.
    for (const key in input) if (!keys.has(key)) return GIVE_UP;
    // Keys in shape order, as zod builds its output.
    const result: Record<string, unknown> = {};
    for (const field of fields) {
      const item = input[field.key];
      if (item === undefined) {
        // zod keeps an explicit `undefined` as a key; leave such input to zod.
        if ((copy && field.key in input) || field.mode === 'required') return GIVE_UP;
        if (field.defaulted !== undefined) result[field.key] = field.defaulted.defaultValue;
        continue;
      }
      const walked = field.walker(item, depth + 1, walk);
      if (walked === GIVE_UP) return GIVE_UP;
      result[field.key] = walked;
    }
    if (isProvision && !countProvision(result, walk)) return GIVE_UP;
    if (!copy) return value;
    return passes(checks, result) ? result : GIVE_UP;
  };
}

/** `checkSize` of parseDraft, folded in: over a limit, zod's path throws the error. */
function countProvision(provision: Record<string, unknown>, walk: Walk): boolean {
  walk.provisions++;
  const text = provision.text;
  return (
    walk.provisions <= walk.maxProvisions &&
    typeof text === 'string' &&
    text.length <= walk.maxTextLength
  );
}

/**
 * The object walker as generated code, the way zod's own JIT does it: each field read and
 * written by its literal name, so property access stays monomorphic instead of going through
 * a key held in a variable (which measured four times slower on a 10,000-provision draft).
 * The names come from the schema, never from input, and are emitted as JSON string literals.
 * `undefined` when the platform forbids `new Function`.
 */
function generateObjectWalker(
  fields: readonly Field[],
  isProvision: boolean,
  checks: readonly ZodLike[],
  copy: boolean,
): Walker | undefined {
  const lines: string[] = [];
  // Without a copy, each field is only walked: `result` is the input, written to never.
  const write = (line: string): void => {
    if (copy) lines.push(line);
  };
  for (let index = 0; index < fields.length; index++) {
    lines.push(`const walk${index} = walkers[${index}];`);
  }
  lines.push('return function walkObject(value, depth, walk) {');
  lines.push('  if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;');
  lines.push('  for (const key in value) {');
  lines.push('    switch (key) {');
  for (const field of fields) lines.push(`      case ${JSON.stringify(field.key)}:`);
  lines.push('        continue;');
  lines.push('      default:');
  lines.push('        return GIVE_UP;');
  lines.push('    }');
  lines.push('  }');
  lines.push(copy ? '  const result = {};' : '  const result = value;');
  lines.push('  let item;');
  fields.forEach((field, index) => {
    const key = JSON.stringify(field.key);
    lines.push(`  item = value[${key}];`);
    if (field.mode === 'required') {
      lines.push('  if (item === undefined) return GIVE_UP;');
      lines.push(`  item = walk${index}(item, depth + 1, walk);`);
      lines.push('  if (item === GIVE_UP) return GIVE_UP;');
      write(`  result[${key}] = item;`);
      return;
    }
    lines.push('  if (item === undefined) {');
    // zod keeps a key given as `undefined` in its copy: only a walker that copies must care.
    if (copy) lines.push(`    if (${key} in value) return GIVE_UP;`);
    if (field.mode === 'defaulted') write(`    result[${key}] = defaults[${index}].defaultValue;`);
    lines.push('  } else {');
    lines.push(`    item = walk${index}(item, depth + 1, walk);`);
    lines.push('    if (item === GIVE_UP) return GIVE_UP;');
    write(`    result[${key}] = item;`);
    lines.push('  }');
  });
  if (isProvision) lines.push('  if (!countProvision(result, walk)) return GIVE_UP;');
  if (checks.length > 0) lines.push('  if (!passes(checks, result)) return GIVE_UP;');
  lines.push('  return result;');
  lines.push('};');
  try {
    const factory = new Function(
      'walkers',
      'defaults',
      'checks',
      'GIVE_UP',
      'isPlainObject',
      'passes',
      'countProvision',
      lines.join('\n'),
    ) as (...parts: unknown[]) => Walker;
    return factory(
      fields.map((field) => field.walker),
      fields.map((field) => field.defaulted),
      checks,
      GIVE_UP,
      isPlainObject,
      passes,
      countProvision,
    );
  } catch {
    return undefined;
  }
}

/**
 * A string walker. When the checks are only length bounds (most strings of a draft), a length
 * inside them passes without a call, as `passes` would decide; anything else asks `passes`.
 */
function stringWalker(checks: readonly ZodLike[]): Walker {
  let shortest = 0;
  let longest = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    const def = check._zod.def;
    if (def.check === 'min_length') shortest = Math.max(shortest, 2 * (def.minimum as number));
    else if (def.check === 'max_length') longest = Math.min(longest, def.maximum as number);
    else return (value) => (typeof value === 'string' && passes(checks, value) ? value : GIVE_UP);
  }
  return (value) => {
    if (typeof value !== 'string') return GIVE_UP;
    if (value.length >= shortest && value.length <= longest) return value;
    return passes(checks, value) ? value : GIVE_UP;
  };
}

/** The checks zod runs on a schema's output: the schema itself when it is a check, then its own. */
function checksOf(schema: ZodLike): ZodLike[] {
  const own = schema._zod.def.checks ?? [];
  return schema._zod.traits.has('$ZodCheck') ? [schema, ...own] : [...own];
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** One payload for every check: checks read `value` and push to `issues`, nothing else. */
const scratch: ZodPayload = { value: undefined, issues: [] };

/**
 * True when every check passes, as zod's `runChecks` would find (skipping a check whose `when`
 * says so). The commonest checks are decided without a call when the answer is plain: a
 * string no longer in UTF-16 units than the maximum is no longer in code points either.
 */
function passes(checks: readonly ZodLike[], value: unknown): boolean {
  for (const check of checks) {
    const def = check._zod.def;
    scratch.value = value;
    if (def.when !== undefined && !def.when(scratch)) continue;
    if (def.check === 'max_length' && typeof value === 'string') {
      if (value.length <= (def.maximum as number)) continue;
    } else if (def.check === 'min_length' && typeof value === 'string') {
      if (value.length >= 2 * (def.minimum as number)) continue;
    } else if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(value as string)) continue;
      return false;
    }
    const outcome = check._zod.check?.(scratch);
    // A check that is asynchronous, rewrites the value or reports anything: ask zod.
    if (outcome !== undefined || scratch.issues.length > 0 || scratch.value !== value) {
      // Leave the scratch payload clean for the next check (it only fills on failure).
      scratch.issues = [];
      return false;
    }
  }
  return true;
}

let draftWalker: Walker | undefined | null = null;

/**
 * The draft zod would return for `input`, with `parseDraft`'s size limits checked, or
 * `undefined` when the full path must decide (it then gives the same draft or the errors).
 */
export function fastParseDraft(input: unknown, limits: Limits): Draft | undefined {
  if (draftWalker === null) draftWalker = compileDraftWalker();
  if (draftWalker === undefined) return undefined;
  const walk: Walk = {
    maxDepth: Math.min(limits.maxDepth, RECURSION_CAP),
    maxTextLength: limits.maxTextLength,
    maxProvisions: limits.maxProvisions,
    provisions: 0,
  };
  const walked = draftWalker(input, 0, walk);
  if (walked === GIVE_UP) return undefined;
  return walked as Draft;
}

/** A walk of a part, not a draft: only the recursion cap bounds it (the draft limits do not apply). */
function unlimitedWalk(): Walk {
  return {
    maxDepth: RECURSION_CAP,
    maxTextLength: Number.POSITIVE_INFINITY,
    maxProvisions: Number.POSITIVE_INFINITY,
    provisions: 0,
  };
}

/**
 * A fast check of any other schema built from what the compiler knows (a `DraftDiff`, a
 * `Change`): true when zod would accept `input`, `false` when zod must decide (a `false` is not
 * a rejection). It only walks, allocating nothing: for arguments that are read, not copied.
 * Compiled on its first call.
 */
export function compileFastCheck(schema: ZodType): (input: unknown) => boolean {
  let walker: Walker | undefined | null = null;
  return (input) => {
    if (walker === null) walker = compilePartWalker(schema, false);
    if (walker === undefined) return false;
    // A diff's provisions are each walked once (`checked`), however they are shared.
    return walker(input, 0, { ...unlimitedWalk(), checked: new WeakSet() }) !== GIVE_UP;
  };
}

/**
 * A fast parse of any other schema built from what the compiler knows (a term, a
 * `Comparison`): the value zod would return for `input` (a copy, in the schema's key order,
 * defaults applied), or `undefined` when zod must decide (an `undefined` is not a rejection).
 * Compiled on its first call.
 */
export function compileFastParse<Schema extends ZodType>(
  schema: Schema,
): (input: unknown) => output<Schema> | undefined {
  let walker: Walker | undefined | null = null;
  return (input) => {
    if (walker === null) walker = compilePartWalker(schema);
    if (walker === undefined) return undefined;
    const walked = walker(input, 0, unlimitedWalk());
    // The walker only returns what it built from the schema: zod's output, value for value.
    return walked === GIVE_UP ? undefined : (walked as output<Schema>);
  };
}

/**
 * The term `TermSchema` would return for `input`, or `undefined` when zod must decide. For the
 * functions that accept terms of drafts that may have skipped `parseDraft` (`compareDrafts`
 * checks every term of every draft it compares).
 */
export const fastParseTerm: (input: unknown) => Term | undefined = compileFastParse(TermSchema);
