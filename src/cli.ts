#!/usr/bin/env node
// The `draftdiff` executable: process values in, exit status out. Everything else is in
// src/cli/main.ts, where tests run it in-process.
import { main } from './cli/main.js';

// Output piped into `head` closes early; that is the reader's choice, not an error. Any other
// failure to write (a full disk, `> /dev/full`) is trouble: one line, status 2, as for `-o`.
for (const [stream, name] of [
  [process.stdout, 'standard output'],
  [process.stderr, 'standard error'],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      process.stderr.write(`draftdiff: cannot write to ${name}: ${error.code ?? error.message}\n`);
    }
    process.exit(2);
  });
}

// No top-level await: the same file is also built as CommonJS.
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: async () => {
    const chunks: Buffer[] = [];
    // Buffers, unless something set an encoding on stdin: then strings.
    for await (const chunk of process.stdin) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    }
    return Buffer.concat(chunks);
  },
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
  cwd: process.cwd(),
}).then((status) => {
  process.exitCode = status;
});
