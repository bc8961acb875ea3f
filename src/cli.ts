#!/usr/bin/env node
// Placeholder entry until the CLI lands (issue 5); kept so the build has its second entry.
process.stderr.write('draftdiff: the command-line interface is not built yet\n');
process.exitCode = 2;
