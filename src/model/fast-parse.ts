import type { ZodType } from 'zod';
import { fieldOf } from '../internal/describe-value.js';
import type { Draft } from './draft.js';
import { DraftSchema } from './draft-schema.js';
import type { Limits } from './limits.js';
import { ProvisionSchema } from './provision.js';
import { type Term, TermSchema } from './term.js';

/**
 * A fast path for valid input, compiled once from the zod schemas themselves: `parseDraft`'s
 * copy of a draft, the copy of a term or a `Comparison`, and the check-only walk of the
 * arguments the formatters read (a `DraftDiff`, a `Change`).
 *
 * Why: zod's general machinery (a payload object and an issues array per value, path
 * bookkeeping, the memoizer) costs several times a plain walk of the same value, and valid
 * input needs none of it. Its numbers are in BENCHMARKS.md.
 *
 * How it stays exact: the walker is derived from the schema's own definitions (shapes, element
 * types, enum and literal values, defaults) and runs the schema's own checks, so a changed
 * constraint changes it too. It only ever answers "this is what zod would return" or "ask
 * zod": on anything unusual (a non-plain object, a key present but undefined, a container
 * nested too deep, a schema construct it does not know, a failing check) it gives up and the
 * caller runs zod, which produces the result or the errors. So the fast path can only differ
 * from zod by accepting what zod rejects, which `test/model/fast-parse.test.ts` checks on
 * generated valid and invalid values, with and without code generation.
 *
 * The module has three parts: the reads of zod's internal representation (the only code that
 * knows it), a description of a schema built from them (`Shape`), and two ways to walk a
 * shape: generated code, and closures where code generation is not allowed.
 */

/** What a walker returns when it gives up. */
const GIVE_UP: unique symbol = Symbol('give up');

/** A walker's answer: the value zod would return (or, checking only, the input), or `GIVE_UP`. */
type Walked = unknown;

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
   * at every level would otherwise be copied once per path, twice as many with each level.
   */
  maxProvisions: number;
  provisions: number;
  /**
   * Checking only: the objects of a recursive schema found valid so far in this walk that hold
   * others of it (a provision with sub-points). A diff holds each provision in the changes
   * about it and about its parents, and values shared by reference at every level would take
   * one walk per path, twice as many with each level; remembering the inner nodes makes the
   * walk linear in the distinct values, and leaves (most provisions) cost no lookup at all.
   */
  seen: Set<object> | undefined;
}

/**
 * The walkers recurse; past this depth the input goes to zod's path, which walks iteratively
 * first (`inspectJson`). Far beyond any draft a person writes, far below the stack's limit.
 */
const RECURSION_CAP = 1_000;

type Walker = (value: unknown, depth: number, walk: Walk) => Walked;

/** The schema uses something the compiler does not know: no fast path at all. */
class Unsupported extends Error {}

// ---------------------------------------------------------------------------------------------
// zod's internals. zod 4 keeps a schema's definition in `schema._zod` (`def`, `traits`,
// `values`, `propValues`, `check`), which is not its public API: package.json pins zod to one
// exact version, every read below checks the type of what it finds (a surprise is
// `Unsupported`, never a crash), and the differential test holds the results against zod's.

/** The payload zod hands a check: the checks read `value` and push to `issues`. */
interface ZodPayload {
  value: unknown;
  issues: unknown[];
}

/** `schema._zod`. */
function internalsOf(schema: unknown): unknown {
  const internals = fieldOf(schema, '_zod');
  if (internals === undefined) throw new Unsupported('not a zod schema');
  return internals;
}

/** `schema._zod.def`. */
function defOf(schema: unknown): unknown {
  const def = fieldOf(internalsOf(schema), 'def');
  if (def === undefined) throw new Unsupported('a schema without a definition');
  return def;
}

function stringIn(record: unknown, key: string): string | undefined {
  const value = fieldOf(record, key);
  return typeof value === 'string' ? value : undefined;
}

function numberIn(record: unknown, key: string): number | undefined {
  const value = fieldOf(record, key);
  return typeof value === 'number' ? value : undefined;
}

function listIn(record: unknown, key: string): readonly unknown[] {
  const value = fieldOf(record, key);
  return Array.isArray(value) ? value : [];
}

function setIn(record: unknown, key: string): ReadonlySet<unknown> | undefined {
  const value = fieldOf(record, key);
  return value instanceof Set ? value : undefined;
}

/** A function of zod's, called as it calls it (with no `this`), typed by what it is given. */
function functionIn(record: unknown, key: string): ((payload: ZodPayload) => unknown) | undefined {
  const value = fieldOf(record, key);
  if (typeof value !== 'function') return undefined;
  return (payload) => value.call(undefined, payload);
}

/** The values of a discriminated union's option at its discriminator (`propValues`). */
function discriminatorValues(option: unknown, discriminator: string): ReadonlySet<unknown> {
  const values = setIn(fieldOf(internalsOf(option), 'propValues'), discriminator);
  if (values === undefined) throw new Unsupported('an option without its discriminator');
  return values;
}

/** The shape of an object schema: its keys and their schemas, in order. */
function shapeOf(def: unknown): [string, unknown][] {
  const shape = fieldOf(def, 'shape');
  if (typeof shape !== 'object' || shape === null) throw new Unsupported('object without shape');
  return Object.keys(shape).map((key) => [key, fieldOf(shape, key)]);
}

/** The checks zod runs on a schema's output: the schema itself when it is a check, then its own. */
function checksOf(schema: unknown): Check[] {
  const own = listIn(defOf(schema), 'checks');
  const traits = fieldOf(internalsOf(schema), 'traits');
  const self = traits instanceof Set && traits.has('$ZodCheck') ? [schema] : [];
  return [...self, ...own].map(describeCheck);
}

function describeCheck(check: unknown): Check {
  const run = functionIn(internalsOf(check), 'check');
  if (run === undefined) throw new Unsupported('a check without its function');
  const def = defOf(check);
  return { run, when: functionIn(def, 'when'), quick: quickTest(def) };
}

/**
 * The plain sufficient condition for a check to pass, where there is one; see `Quick`. zod
 * measures string lengths in code points: a string of `n` UTF-16 units has between `n / 2` and
 * `n` of them.
 */
function quickTest(def: unknown): Quick | undefined {
  switch (stringIn(def, 'check')) {
    case 'max_length': {
      const maximum = numberIn(def, 'maximum');
      return maximum === undefined ? undefined : { test: 'length at most', bound: maximum };
    }
    case 'min_length': {
      const minimum = numberIn(def, 'minimum');
      return minimum === undefined
        ? undefined
        : { test: 'length at least', bound: 2 * minimum - 1 };
    }
    case 'greater_than':
    case 'less_than': {
      const bound = numberIn(def, 'value');
      if (bound === undefined) return undefined;
      const inclusive = fieldOf(def, 'inclusive') === true;
      if (stringIn(def, 'check') === 'greater_than') {
        return { test: inclusive ? 'at least' : 'above', bound };
      }
      return { test: inclusive ? 'at most' : 'below', bound };
    }
    case 'number_format':
      return stringIn(def, 'format') === 'safeint' ? { test: 'safe integer' } : undefined;
    case 'string_format': {
      const pattern = fieldOf(def, 'pattern');
      return stringIn(def, 'format') === 'regex' && pattern instanceof RegExp
        ? { test: 'matches', pattern }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The shape of `schema`, described once per schema (recursive schemas reach themselves). */
function describe(schema: unknown, described: Map<unknown, Shape>): Shape {
  const known = described.get(schema);
  if (known !== undefined) return known;
  const def = defOf(schema);
  if (fieldOf(def, 'coerce') === true) throw new Unsupported('coercion');
  const checks = checksOf(schema);
  const type = stringIn(def, 'type');
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      return { type, checks };
    case 'unknown':
      // zod hands any value back as it is (a metadata change's `before` is the draft's own).
      if (checks.length > 0) throw new Unsupported('checks on unknown');
      return { type, checks };
    case 'enum':
    case 'literal': {
      const values = setIn(internalsOf(schema), 'values');
      if (values === undefined) throw new Unsupported(type);
      return { type: 'values', values, checks };
    }
    case 'array': {
      // Set before the element is described: a recursive schema reaches this array again.
      const shape: ArrayShape = { type: 'array', element: ANY, checks };
      described.set(schema, shape);
      shape.element = describe(fieldOf(def, 'element'), described);
      return shape;
    }
    case 'record': {
      const key = defOf(fieldOf(def, 'keyType'));
      if (stringIn(key, 'type') !== 'string' || listIn(key, 'checks').length > 0) {
        throw new Unsupported('record other than of plain string keys');
      }
      if (checks.length > 0) throw new Unsupported('checks on a record');
      const shape: RecordShape = { type: 'record', value: ANY, checks };
      described.set(schema, shape);
      shape.value = describe(fieldOf(def, 'valueType'), described);
      return shape;
    }
    case 'object':
      return describeObject(schema, def, checks, described);
    case 'union': {
      const discriminator = stringIn(def, 'discriminator');
      if (discriminator === undefined) {
        const options = listIn(def, 'options').map((option) => describe(option, described));
        return { type: 'union', options, checks };
      }
      if (fieldOf(def, 'unionFallback') === true) throw new Unsupported('union fallback');
      const shape: DiscriminatedShape = {
        type: 'discriminated',
        discriminator,
        options: new Map(),
        checks,
      };
      described.set(schema, shape);
      for (const option of listIn(def, 'options')) {
        const optionShape = describe(option, described);
        for (const value of discriminatorValues(option, discriminator)) {
          // Generated code dispatches with a `switch` over string literals.
          if (typeof value !== 'string' || shape.options.has(value)) {
            throw new Unsupported('an option that is not one string');
          }
          shape.options.set(value, optionShape);
        }
      }
      return shape;
    }
    default:
      throw new Unsupported(String(type));
  }
}

function describeObject(
  schema: unknown,
  def: unknown,
  checks: Check[],
  described: Map<unknown, Shape>,
): ObjectShape {
  // Strict objects, where an unknown key is an error, and loose ones, where it is let through
  // (for a walk that checks only); never an object that strips unknown keys.
  const catchall = stringIn(defOf(fieldOf(def, 'catchall')), 'type');
  if (catchall !== 'never' && catchall !== 'unknown') throw new Unsupported('stripping object');
  const shape: ObjectShape = {
    type: 'object',
    strict: catchall === 'never',
    fields: [],
    checks,
    counted: schema === ProvisionSchema || schema === draftProvisionSchema(),
    innerKeys: [],
  };
  described.set(schema, shape);
  for (const [key, field] of shapeOf(def)) {
    if (key === '__proto__') throw new Unsupported('__proto__ key');
    shape.fields.push(describeField(key, field, described));
  }
  return shape;
}

function describeField(key: string, schema: unknown, described: Map<unknown, Shape>): Field {
  const def = defOf(schema);
  const type = stringIn(def, 'type');
  if (type !== 'optional' && type !== 'default') {
    return { key, mode: 'required', shape: describe(schema, described), defaultOf: undefined };
  }
  if (listIn(def, 'checks').length > 0) throw new Unsupported('checks on a wrapper');
  const inner = fieldOf(def, 'innerType');
  const innerType = stringIn(defOf(inner), 'type');
  if (innerType === 'optional' || innerType === 'default') throw new Unsupported('nested wrapper');
  if (type === 'optional') {
    return { key, mode: 'optional', shape: describe(inner, described), defaultOf: undefined };
  }
  // zod reads a default afresh each time (`def.defaultValue` is a getter), so this does too.
  const defaultOf = (): unknown => fieldOf(def, 'defaultValue');
  return { key, mode: 'defaulted', shape: describe(inner, described), defaultOf };
}

/** The element of `DraftSchema`'s provisions: where provisions are counted and their texts measured. */
function draftProvisionSchema(): unknown {
  const provisions = fieldOf(fieldOf(defOf(DraftSchema), 'shape'), 'provisions');
  return provisions === undefined ? undefined : fieldOf(defOf(provisions), 'element');
}

// ---------------------------------------------------------------------------------------------
// A schema's shape: what both walkers read, with nothing of zod's left in it.

/**
 * A test that, when it holds, says a check passes without calling it (a length within its
 * bound, a pattern that matches, a number within a bound). When it does not hold the check is
 * called: it decides.
 */
type Quick =
  | {
      test: 'length at most' | 'length at least' | 'at least' | 'above' | 'at most' | 'below';
      bound: number;
    }
  | { test: 'safe integer' }
  | { test: 'matches'; pattern: RegExp };

interface Check {
  /** zod's check: it reports a failure by pushing to `issues` or rewriting `value`. */
  run: (payload: ZodPayload) => unknown;
  /** zod skips the check when this says false. */
  when: ((payload: ZodPayload) => unknown) | undefined;
  quick: Quick | undefined;
}

type FieldMode = 'required' | 'optional' | 'defaulted';

interface Field {
  key: string;
  mode: FieldMode;
  shape: Shape;
  defaultOf: (() => unknown) | undefined;
}

interface LeafShape {
  type: 'string' | 'number' | 'boolean' | 'unknown';
  checks: Check[];
}
interface ValuesShape {
  type: 'values';
  values: ReadonlySet<unknown>;
  checks: Check[];
}
interface ArrayShape {
  type: 'array';
  element: Shape;
  checks: Check[];
}
/** A record with plain string keys (a comparison's values by draft id). */
interface RecordShape {
  type: 'record';
  value: Shape;
  checks: Check[];
}
interface ObjectShape {
  type: 'object';
  /** Unknown keys are an error; otherwise they are let through, unread. */
  strict: boolean;
  fields: Field[];
  checks: Check[];
  /** A provision: counted against `maxProvisions`, its text measured against `maxTextLength`. */
  counted: boolean;
  /** The fields through which the object reaches its own schema (a provision's `items`). */
  innerKeys: string[];
}
interface UnionShape {
  type: 'union';
  options: Shape[];
  checks: Check[];
}
interface DiscriminatedShape {
  type: 'discriminated';
  discriminator: string;
  options: Map<string, Shape>;
  checks: Check[];
}
type Shape =
  | LeafShape
  | ValuesShape
  | ArrayShape
  | RecordShape
  | ObjectShape
  | UnionShape
  | DiscriminatedShape;

/** A placeholder while a recursive array is being described. */
const ANY: LeafShape = { type: 'unknown', checks: [] };

/** The shape of `schema`, with the fields through which an object reaches itself found. */
function shapeOfSchema(schema: unknown): Shape {
  const described = new Map<unknown, Shape>();
  const root = describe(schema, described);
  for (const shape of described.values()) {
    if (shape.type !== 'object') continue;
    for (const field of shape.fields) {
      if (field.shape === shape || reaches(field.shape, shape, new Set())) {
        shape.innerKeys.push(field.key);
      }
    }
  }
  return root;
}

/** Whether `target` is reached from the fields, elements or options of `from`. */
function reaches(from: Shape, target: Shape, visited: Set<Shape>): boolean {
  for (const next of innerShapes(from)) {
    if (next === target) return true;
    if (visited.has(next)) continue;
    visited.add(next);
    if (reaches(next, target, visited)) return true;
  }
  return false;
}

function innerShapes(shape: Shape): readonly Shape[] {
  switch (shape.type) {
    case 'array':
      return [shape.element];
    case 'record':
      return [shape.value];
    case 'object':
      return shape.fields.map((field) => field.shape);
    case 'union':
      return shape.options;
    case 'discriminated':
      return [...shape.options.values()];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Running checks.

/** One payload for every check: checks read `value` and push to `issues`, nothing else. */
const scratch: ZodPayload = { value: undefined, issues: [] };

/** Whether `check` passes on `value`, as zod's `runChecks` would find it (honouring `when`). */
function passesCheck(check: Check, value: unknown): boolean {
  scratch.value = value;
  if (check.when !== undefined && !check.when(scratch)) return true;
  const outcome = check.run(scratch);
  // A check that is asynchronous, rewrites the value or reports anything: ask zod.
  if (outcome !== undefined || scratch.issues.length > 0 || scratch.value !== value) {
    // Leave the scratch payload clean for the next check (it only fills on failure).
    scratch.issues = [];
    return false;
  }
  return true;
}

function quickPasses(quick: Quick, value: unknown): boolean {
  switch (quick.test) {
    case 'length at most':
      return (typeof value === 'string' || Array.isArray(value)) && value.length <= quick.bound;
    case 'length at least':
      return (typeof value === 'string' || Array.isArray(value)) && value.length >= quick.bound;
    case 'at least':
      return typeof value === 'number' && value >= quick.bound;
    case 'above':
      return typeof value === 'number' && value > quick.bound;
    case 'at most':
      return typeof value === 'number' && value <= quick.bound;
    case 'below':
      return typeof value === 'number' && value < quick.bound;
    case 'safe integer':
      return Number.isSafeInteger(value);
    case 'matches':
      quick.pattern.lastIndex = 0;
      return typeof value === 'string' && quick.pattern.test(value);
  }
}

/** True when every check passes, each decided by its quick test where that holds. */
function passes(checks: readonly Check[], value: unknown): boolean {
  for (const check of checks) {
    if (check.quick !== undefined && quickPasses(check.quick, value)) continue;
    if (!passesCheck(check, value)) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
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

/** Throws `Unsupported` for an object shape a walker in this mode cannot answer for. */
function checkObjectShape(shape: ObjectShape, copy: boolean): void {
  // A loose object's copy holds its unknown keys too: only a walk that checks may let them be.
  if (copy && !shape.strict) throw new Unsupported('a loose object, copying');
  // Checks of an object read zod's output, defaults applied: a walker that does not copy has none to give them.
  if (!copy && shape.checks.length > 0) throw new Unsupported('checks on an object, not copying');
}

/**
 * Whether a valid object of a recursive shape holds another of it, and so is remembered in
 * `walk.seen`: a field through which the shape reaches itself is present and not empty.
 */
function holdsInner(shape: ObjectShape, value: Record<string, unknown>): boolean {
  for (const key of shape.innerKeys) {
    const item = value[key];
    if (item !== undefined && (!Array.isArray(item) || item.length > 0)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The walker as generated code, the way zod's own JIT does it: each field read by its literal
// name and each leaf tested inline, so property access stays monomorphic and a string costs a
// `typeof` and a length comparison rather than a call. Every object, union and leaf that is
// walked on its own becomes one named function of a single generated module, so recursion is a
// direct call. Keys and discriminator values come from the schema, never from input, and are
// emitted as JSON string literals; everything else (checks, enum values, defaults, patterns) is
// passed in as a constant.

class Generator {
  private readonly names = new Map<Shape, string>();
  private readonly functions: string[] = [];
  readonly constants: unknown[] = [];
  private temporaries = 0;

  constructor(private readonly copy: boolean) {}

  /** The source of a module that returns the walker of `root`. */
  module(root: Shape): string {
    const entry = this.functionOf(root);
    const bindings = this.constants.map((_, index) => `const k${index} = constants[${index}];`);
    return [...bindings, ...this.functions, `return ${entry};`].join('\n');
  }

  private constant(value: unknown): string {
    this.constants.push(value);
    return `k${this.constants.length - 1}`;
  }

  private temporary(prefix: string): string {
    return `${prefix}${this.temporaries++}`;
  }

  /** The name of the function walking `shape`, generating it on first use. */
  private functionOf(shape: Shape): string {
    const known = this.names.get(shape);
    if (known !== undefined) return known;
    const name = `walk${this.names.size}`;
    this.names.set(shape, name);
    const body: string[] = [];
    switch (shape.type) {
      case 'object':
        this.objectBody(shape, body);
        break;
      case 'record':
        this.recordBody(shape, body);
        break;
      case 'union':
        this.unionBody(shape, body);
        break;
      case 'discriminated':
        this.discriminatedBody(shape, body);
        break;
      default:
        body.push(`return ${this.inline(shape, 'value', 0, body)};`);
    }
    this.functions.push(`function ${name}(value, depth, walk) {`, ...body, '}');
    return name;
  }

  /**
   * Statements appended to `body` that give up unless `source` (a variable) fits `shape`, at
   * `depth + offset`; returns the expression of what the walk yields for it.
   */
  private inline(shape: Shape, source: string, offset: number, body: string[]): string {
    switch (shape.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'values':
        body.push(`if (!(${this.leafTest(shape, source)})) return GIVE_UP;`);
        return source;
      case 'unknown':
        return source;
      case 'array':
        return this.array(shape, source, offset, body);
      default: {
        const walked = this.temporary('walked');
        const call = `${this.functionOf(shape)}(${source}, depth + ${offset}, walk)`;
        body.push(`const ${walked} = ${call};`, `if (${walked} === GIVE_UP) return GIVE_UP;`);
        return walked;
      }
    }
  }

  private leafTest(shape: LeafShape | ValuesShape, source: string): string {
    const tests: string[] = [];
    if (shape.type === 'values') tests.push(`${this.constant(shape.values)}.has(${source})`);
    else if (shape.type === 'number')
      tests.push(`typeof ${source} === 'number'`, `Number.isFinite(${source})`);
    else tests.push(`typeof ${source} === '${shape.type}'`);
    for (const check of shape.checks) tests.push(this.checkTest(check, source));
    return tests.join(' && ');
  }

  private checkTest(check: Check, source: string): string {
    const call = `passesCheck(${this.constant(check)}, ${source})`;
    const quick = check.quick;
    if (quick === undefined) return call;
    switch (quick.test) {
      case 'length at most':
        return `(${source}.length <= ${quick.bound} || ${call})`;
      case 'length at least':
        return `(${source}.length >= ${quick.bound} || ${call})`;
      case 'at least':
        return `(${source} >= ${this.constant(quick.bound)} || ${call})`;
      case 'above':
        return `(${source} > ${this.constant(quick.bound)} || ${call})`;
      case 'at most':
        return `(${source} <= ${this.constant(quick.bound)} || ${call})`;
      case 'below':
        return `(${source} < ${this.constant(quick.bound)} || ${call})`;
      case 'safe integer':
        return `(Number.isSafeInteger(${source}) || ${call})`;
      case 'matches': {
        const pattern = this.constant(quick.pattern);
        return `((${pattern}.lastIndex = 0, ${pattern}.test(${source})) || ${call})`;
      }
    }
  }

  private array(shape: ArrayShape, source: string, offset: number, body: string[]): string {
    body.push(
      `if (!Array.isArray(${source}) || depth + ${offset} >= walk.maxDepth) return GIVE_UP;`,
    );
    const index = this.temporary('index');
    const item = this.temporary('item');
    const copied = this.temporary('copied');
    if (this.copy) body.push(`const ${copied} = new Array(${source}.length);`);
    body.push(`for (let ${index} = 0; ${index} < ${source}.length; ${index}++) {`);
    body.push(`const ${item} = ${source}[${index}];`);
    const walked = this.inline(shape.element, item, offset + 1, body);
    if (this.copy) body.push(`${copied}[${index}] = ${walked};`);
    body.push('}');
    const result = this.copy ? copied : source;
    this.checksOn(shape.checks, result, body);
    return result;
  }

  /** Checks of a container (an array, an object, a union), on what the walk yields for it. */
  private checksOn(checks: readonly Check[], result: string, body: string[]): void {
    if (checks.length > 0)
      body.push(`if (!passes(${this.constant(checks)}, ${result})) return GIVE_UP;`);
  }

  private objectBody(shape: ObjectShape, body: string[]): void {
    // Checks of an object read zod's output, defaults applied: a walker that does not copy has none to give them.
    checkObjectShape(shape, this.copy);
    const remembered = !this.copy && shape.innerKeys.length > 0;
    body.push('if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;');
    if (shape.strict) {
      // zod's strict check walks `for...in`; so does this, without building a list of keys.
      body.push('for (const key in value) {', 'switch (key) {');
      for (const field of shape.fields) body.push(`case ${JSON.stringify(field.key)}:`);
      body.push('continue;', 'default:', 'return GIVE_UP;', '}', '}');
    }
    if (remembered) {
      const holds = shape.innerKeys.map((key) => {
        const item = `value[${JSON.stringify(key)}]`;
        return `(${item} !== undefined && (!Array.isArray(${item}) || ${item}.length > 0))`;
      });
      body.push(`const inner = ${holds.join(' || ')};`);
      body.push('if (inner && walk.seen.has(value)) return value;');
    }
    body.push(this.copy ? 'const result = {};' : 'const result = value;');
    for (const field of shape.fields) this.field(field, body);
    if (this.copy && shape.counted) body.push('if (!countProvision(result, walk)) return GIVE_UP;');
    this.checksOn(shape.checks, 'result', body);
    if (remembered) body.push('if (inner) walk.seen.add(value);');
    body.push('return result;');
  }

  /**
   * zod walks a record's own keys and leaves a `__proto__` key out of its copy, which could not
   * hold it as data: so does the copying walk. The checking walk returns the input, so it
   * checks that entry too. Symbol keys, which the string key schema rejects, go to zod.
   */
  private recordBody(shape: RecordShape, body: string[]): void {
    body.push('if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;');
    body.push('if (Object.getOwnPropertySymbols(value).length > 0) return GIVE_UP;');
    body.push(this.copy ? 'const result = {};' : 'const result = value;');
    body.push('for (const key in value) {');
    if (this.copy) body.push("if (key === '__proto__') continue;");
    body.push('const entry = value[key];');
    const walked = this.inline(shape.value, 'entry', 1, body);
    if (this.copy) body.push(`result[key] = ${walked};`);
    body.push('}', 'return result;');
  }

  private field(field: Field, body: string[]): void {
    const key = JSON.stringify(field.key);
    const item = this.temporary('field');
    body.push(`const ${item} = value[${key}];`);
    const write = (walked: string): void => {
      if (this.copy) body.push(`result[${key}] = ${walked};`);
    };
    if (field.mode === 'required') {
      body.push(`if (${item} === undefined) return GIVE_UP;`);
      write(this.inline(field.shape, item, 1, body));
      return;
    }
    body.push(`if (${item} === undefined) {`);
    // zod keeps a key given as `undefined` in its copy: only a walker that copies must care.
    if (this.copy) body.push(`if (${key} in value) return GIVE_UP;`);
    if (field.defaultOf !== undefined) write(`${this.constant(field.defaultOf)}()`);
    body.push('} else {');
    write(this.inline(field.shape, item, 1, body));
    body.push('}');
  }

  private unionBody(shape: UnionShape, body: string[]): void {
    // zod returns the first option that passes.
    body.push('let walked = GIVE_UP;');
    for (const option of shape.options) {
      const call = `${this.functionOf(option)}(value, depth, walk)`;
      body.push(`if (walked === GIVE_UP) walked = ${call};`);
    }
    body.push('if (walked === GIVE_UP) return GIVE_UP;');
    this.checksOn(shape.checks, 'walked', body);
    body.push('return walked;');
  }

  private discriminatedBody(shape: DiscriminatedShape, body: string[]): void {
    body.push('if (!isPlainObject(value)) return GIVE_UP;', 'let walked;');
    body.push(`switch (value[${JSON.stringify(shape.discriminator)}]) {`);
    for (const [tag, option] of shape.options) {
      body.push(`case ${JSON.stringify(tag)}:`);
      body.push(`walked = ${this.functionOf(option)}(value, depth, walk);`, 'break;');
    }
    body.push('default:', 'return GIVE_UP;', '}');
    body.push('if (walked === GIVE_UP) return GIVE_UP;');
    this.checksOn(shape.checks, 'walked', body);
    body.push('return walked;');
  }
}

/** The generated walker of `root`, or `undefined` when the platform forbids `new Function`. */
function generateWalker(root: Shape, copy: boolean): Walker | undefined {
  const generator = new Generator(copy);
  const source = generator.module(root);
  let made: Walker | undefined;
  try {
    const factory = new Function(
      'install',
      'constants',
      'GIVE_UP',
      'isPlainObject',
      'passes',
      'passesCheck',
      'countProvision',
      `install((() => {\n${source}\n})());`,
    );
    const install = (walker: Walker): void => {
      made = walker;
    };
    factory.call(
      undefined,
      install,
      generator.constants,
      GIVE_UP,
      isPlainObject,
      passes,
      passesCheck,
      countProvision,
    );
  } catch {
    return undefined;
  }
  return made;
}

// ---------------------------------------------------------------------------------------------
// The walker interpreted, as closures: for platforms where code generation is not allowed (a
// Content Security Policy without `unsafe-eval`). Same answers as the generated code, slower.

function interpretWalker(root: Shape, copy: boolean): Walker {
  const walkers = new Map<Shape, Walker>();
  const walkerOf = (shape: Shape): Walker => {
    const known = walkers.get(shape);
    if (known !== undefined) return known;
    // Recursive shapes reach themselves: hand out a forwarder first.
    let target: Walker = () => GIVE_UP;
    walkers.set(shape, (value, depth, walk) => target(value, depth, walk));
    target = interpretShape(shape, copy, walkerOf);
    walkers.set(shape, target);
    return target;
  };
  return walkerOf(root);
}

function interpretShape(shape: Shape, copy: boolean, walkerOf: (shape: Shape) => Walker): Walker {
  switch (shape.type) {
    case 'string':
    case 'boolean':
      return (value) =>
        typeof value === shape.type && passes(shape.checks, value) ? value : GIVE_UP;
    case 'number':
      return (value) =>
        typeof value === 'number' && Number.isFinite(value) && passes(shape.checks, value)
          ? value
          : GIVE_UP;
    case 'values':
      return (value) => (shape.values.has(value) && passes(shape.checks, value) ? value : GIVE_UP);
    case 'unknown':
      return (value) => value;
    case 'array': {
      const element = walkerOf(shape.element);
      return (value, depth, walk) => {
        if (!Array.isArray(value) || depth >= walk.maxDepth) return GIVE_UP;
        const result: unknown[] = copy ? new Array(value.length) : value;
        for (let index = 0; index < value.length; index++) {
          const item = element(value[index], depth + 1, walk);
          if (item === GIVE_UP) return GIVE_UP;
          if (copy) result[index] = item;
        }
        return passes(shape.checks, result) ? result : GIVE_UP;
      };
    }
    case 'record': {
      const entry = walkerOf(shape.value);
      return (value, depth, walk) => {
        if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;
        if (Object.getOwnPropertySymbols(value).length > 0) return GIVE_UP;
        const result: Record<string, unknown> = copy ? {} : value;
        for (const key in value) {
          if (copy && key === '__proto__') continue;
          const walked = entry(value[key], depth + 1, walk);
          if (walked === GIVE_UP) return GIVE_UP;
          if (copy) result[key] = walked;
        }
        return result;
      };
    }
    case 'object':
      return interpretObject(shape, copy, walkerOf);
    case 'union': {
      const options = shape.options.map(walkerOf);
      return (value, depth, walk) => {
        for (const option of options) {
          const walked = option(value, depth, walk);
          if (walked !== GIVE_UP) return passes(shape.checks, walked) ? walked : GIVE_UP;
        }
        return GIVE_UP;
      };
    }
    case 'discriminated': {
      const options = new Map<unknown, Walker>();
      for (const [value, option] of shape.options) options.set(value, walkerOf(option));
      return (value, depth, walk) => {
        if (!isPlainObject(value)) return GIVE_UP;
        const option = options.get(value[shape.discriminator]);
        const walked = option === undefined ? GIVE_UP : option(value, depth, walk);
        return walked !== GIVE_UP && passes(shape.checks, walked) ? walked : GIVE_UP;
      };
    }
  }
}

function interpretObject(
  shape: ObjectShape,
  copy: boolean,
  walkerOf: (shape: Shape) => Walker,
): Walker {
  checkObjectShape(shape, copy);
  const keys = new Set(shape.fields.map((field) => field.key));
  const fields = shape.fields.map((field) => ({ ...field, walker: walkerOf(field.shape) }));
  const remembered = !copy && shape.innerKeys.length > 0;
  return (value, depth, walk) => {
    if (!isPlainObject(value) || depth >= walk.maxDepth) return GIVE_UP;
    if (shape.strict) for (const key in value) if (!keys.has(key)) return GIVE_UP;
    const inner = remembered && holdsInner(shape, value);
    if (inner && walk.seen?.has(value)) return value;
    // Keys in shape order, as zod builds its output.
    const result: Record<string, unknown> = copy ? {} : value;
    for (const field of fields) {
      const item = value[field.key];
      if (item === undefined) {
        // zod keeps an explicit `undefined` as a key; leave such input to zod.
        if ((copy && field.key in value) || field.mode === 'required') return GIVE_UP;
        if (copy && field.defaultOf !== undefined) result[field.key] = field.defaultOf();
        continue;
      }
      const walked = field.walker(item, depth + 1, walk);
      if (walked === GIVE_UP) return GIVE_UP;
      if (copy) result[field.key] = walked;
    }
    if (copy && shape.counted && !countProvision(result, walk)) return GIVE_UP;
    if (!passes(shape.checks, result)) return GIVE_UP;
    if (inner) walk.seen?.add(value);
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/**
 * The walker of `schema`, generated where the platform allows it, or `undefined` if the schema
 * uses something the compiler does not know. With `copy` false it only checks: it answers with
 * the input itself.
 */
function compileWalker(schema: unknown, copy: boolean): Walker | undefined {
  try {
    const shape = shapeOfSchema(schema);
    return generateWalker(shape, copy) ?? interpretWalker(shape, copy);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** A walk bounded by the recursion cap and `limits`, if given (a part of a draft has none). */
function newWalk(limits: Limits | undefined, seen: Set<object> | undefined): Walk {
  return {
    maxDepth: Math.min(limits?.maxDepth ?? RECURSION_CAP, RECURSION_CAP),
    maxTextLength: limits?.maxTextLength ?? Number.POSITIVE_INFINITY,
    maxProvisions: limits?.maxProvisions ?? Number.POSITIVE_INFINITY,
    provisions: 0,
    seen,
  };
}

/**
 * What a walker compiled from `schema` returned, typed by the schema: it returns what `schema`
 * would (the differential test holds it to that), or `GIVE_UP`.
 */
function isOutputOf<T>(_schema: ZodType<T>, walked: unknown): walked is T {
  return walked !== GIVE_UP;
}

let draftWalker: Walker | undefined | null = null;

/**
 * The draft zod would return for `input`, with `parseDraft`'s size limits checked, or
 * `undefined` when the full path must decide (it then gives the same draft or the errors).
 */
export function fastParseDraft(input: unknown, limits: Limits): Draft | undefined {
  if (draftWalker === null) draftWalker = compileWalker(DraftSchema, true);
  if (draftWalker === undefined) return undefined;
  const walked = draftWalker(input, 0, newWalk(limits, undefined));
  return isOutputOf(DraftSchema, walked) ? walked : undefined;
}

/**
 * A fast check of any other schema built from what the compiler knows (a `DraftDiff`, a
 * `Change`): true when zod would accept `input`, `false` when zod must decide (a `false` is not
 * a rejection). It only walks, allocating nothing per value: for arguments that are read, not
 * copied. Compiled on its first call.
 */
export function compileFastCheck(schema: ZodType): (input: unknown) => boolean {
  let walker: Walker | undefined | null = null;
  return (input) => {
    if (walker === null) walker = compileWalker(schema, false);
    if (walker === undefined) return false;
    return walker(input, 0, newWalk(undefined, new Set())) !== GIVE_UP;
  };
}

/**
 * A fast parse of any other schema built from what the compiler knows (a term, a
 * `Comparison`): the value zod would return for `input` (a copy, in the schema's key order,
 * defaults applied), or `undefined` when zod must decide (an `undefined` is not a rejection).
 * Compiled on its first call.
 */
export function compileFastParse<T>(schema: ZodType<T>): (input: unknown) => T | undefined {
  let walker: Walker | undefined | null = null;
  return (input) => {
    if (walker === null) walker = compileWalker(schema, true);
    if (walker === undefined) return undefined;
    const walked = walker(input, 0, newWalk(undefined, undefined));
    return isOutputOf(schema, walked) ? walked : undefined;
  };
}

/**
 * The term `TermSchema` would return for `input`, or `undefined` when zod must decide. For the
 * functions that accept terms of drafts that may have skipped `parseDraft` (`compareDrafts`
 * checks every term of every draft it compares).
 */
export const fastParseTerm: (input: unknown) => Term | undefined = compileFastParse(TermSchema);
