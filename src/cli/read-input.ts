import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fromText } from '../import/from-text.js';
import { readField } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import type { Draft } from '../model/draft.js';
import { parseDraft } from '../model/parse-draft.js';
import { CliError, type CliIo } from './cli-io.js';
import { decodeText } from './decode-text.js';
import { locateJsonError } from './locate-json-error.js';
import { maxFileBytes, tooLarge } from './size-limit.js';

/** The name standard input goes by in messages. */
const STDIN_NAME = '<stdin>';

/** A draft read from a file or standard input. */
export interface LoadedDraft {
  /** How messages name the input: the argument as given, or `<stdin>`. */
  name: string;
  /** The JSON as written in the file (for a text file: the imported draft). */
  json: unknown;
  /** The validated draft. */
  draft: Draft;
}

/**
 * Reads the CLI's inputs and writes its output, turning every failure into a one-line
 * `CliError` that names the file. Standard input (`-`) is read at most once.
 */
export class InputReader {
  private stdinRead = false;
  /** The files read so far, by device and inode: `-o` may name none of them. */
  private readonly inputs: { arg: string; dev: number; ino: number }[] = [];
  /** The size limit, read from the environment when first needed (never for `--help`). */
  private limit: number | undefined;

  constructor(private readonly io: CliIo) {}

  /** The most bytes a file may have, and a draft `import` writes: `DRAFTDIFF_MAX_FILE_SIZE`. */
  get maxBytes(): number {
    this.limit ??= maxFileBytes(this.io.env);
    return this.limit;
  }

  private get cwd(): string {
    return this.io.cwd ?? process.cwd();
  }

  /** How messages name an argument. */
  nameOf(arg: string): string {
    return arg === '-' ? STDIN_NAME : arg;
  }

  /**
   * The text of a file, or of standard input for `-`, decoded (UTF-8, or UTF-16 with a
   * byte-order mark) without its byte-order mark. Binary data and files over the size limit
   * are refused by name.
   */
  async readText(arg: string): Promise<string> {
    const name = this.nameOf(arg);
    const bytes = await this.readBytes(arg);
    if (bytes.length > this.maxBytes) throw tooLarge(`${name}: is`, bytes.length, this.maxBytes);
    return decodeText(name, bytes);
  }

  private async readBytes(arg: string): Promise<Uint8Array> {
    if (arg === '-') {
      if (this.stdinRead) throw new CliError('standard input (-) can be read only once');
      this.stdinRead = true;
      const input = await this.io.stdin();
      return typeof input === 'string' ? new TextEncoder().encode(input) : input;
    }
    const path = resolve(this.cwd, arg);
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new CliError(`${arg}: is a directory`);
      if (!info.isFile()) throw new CliError(`${arg}: not a regular file`);
      // Refused before reading, so a huge file costs nothing.
      if (info.size > this.maxBytes) throw tooLarge(`${arg}: is`, info.size, this.maxBytes);
      this.inputs.push({ arg, dev: info.dev, ino: info.ino });
      return await readFile(path);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${arg}: ${describeFsError(error)}`);
    }
  }

  /**
   * A draft as the JSON text `import` writes, refused when it is larger than the size limit:
   * what `import` writes, every command can read back under the same setting.
   */
  draftJson(name: string, draft: Draft): string {
    let json: string;
    try {
      json = `${JSON.stringify(draft, null, 2)}\n`;
    } catch (error) {
      // Past the longest string the engine can build (about 512 MiB in V8).
      if (!(error instanceof RangeError)) throw error;
      throw new CliError(`${name}: the imported draft is too large to write as JSON`);
    }
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > this.maxBytes) {
      throw tooLarge(`${name}: the imported draft is`, bytes, this.maxBytes);
    }
    return json;
  }

  /**
   * A validated draft from JSON, or, for a `.txt` file (or text on standard input that does
   * not start like JSON), the draft `fromText` imports from it, its id made from the file name.
   */
  async loadDraft(arg: string): Promise<LoadedDraft> {
    const name = this.nameOf(arg);
    const text = await this.readText(arg);
    const isText = arg === '-' ? !/^\s*[{[]/.test(text) : /\.txt$/i.test(arg);
    if (isText) {
      const draft = importText(name, text, { id: idFromName(arg) });
      return { name, json: draft, draft };
    }
    const json = parseJson(name, text);
    return { name, json, draft: parseDraft(json, { file: name }) };
  }

  /**
   * Writes output to stdout, or to a file (`--output`) that is none of the inputs (the same
   * file under any name is refused, so an input is never replaced by the output). The text goes
   * to a temporary file beside the target, then is renamed over it, so a failure part way (a
   * full disk, a file size limit) leaves the old file whole.
   */
  async writeOutput(text: string, output: string | undefined): Promise<void> {
    if (output === undefined || output === '-') {
      this.io.stdout.write(text);
      return;
    }
    const path = resolve(this.cwd, output);
    await this.refuseInput(output, path);
    const temporary = join(
      dirname(path),
      `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      const code = readField(error, 'code');
      const reason = code === 'ENOENT' ? 'its directory does not exist' : describeFsError(error);
      throw new CliError(`${output}: cannot write: ${reason}`);
    }
  }

  /** Refuses an output path that is one of the files read (however it is named). */
  private async refuseInput(output: string, path: string): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      return; // No such file yet: nothing to overwrite.
    }
    const input = this.inputs.find((read) => read.dev === info.dev && read.ino === info.ino);
    if (input !== undefined) {
      throw new CliError(
        `${output}: is ${input.arg === output ? 'an input' : `the input ${input.arg}`}; refusing to overwrite it`,
      );
    }
  }
}

/** `fromText` with its errors named after the input. */
export function importText(
  name: string,
  text: string,
  meta: Parameters<typeof fromText>[1],
): Draft {
  try {
    // Validated again here: the CLI promises a draft that passes the schema, whatever import does.
    return parseDraft(fromText(text, meta, { file: name }), { file: name });
  } catch (error) {
    if (error instanceof DraftdiffError && !error.message.startsWith(`${name}: `)) {
      throw new CliError(`${name}: ${error.message}`);
    }
    throw error;
  }
}

/** Parses JSON; a syntax error names the file, line and column, never quoting the input. */
export function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const location = locateJsonError(text);
    if (location === undefined) throw new CliError(`${name}: invalid JSON`);
    throw new CliError(
      `${name}: invalid JSON at line ${location.line}, column ${location.column}: ${location.message}`,
    );
  }
}

/** A draft id made from a file name: `Leaked Draft (v2).txt` gives `leaked-draft-v2`. */
export function idFromName(arg: string): string {
  if (arg === '-') return 'stdin';
  const stem = basename(arg).replace(/\.[^.]*$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'draft' : slug.slice(0, 200).replace(/-+$/, '');
}

function describeFsError(error: unknown): string {
  const code = readField(error, 'code');
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    default:
      return typeof code === 'string' ? `failed (${code})` : 'failed';
  }
}
