/** The help texts of the CLI, one per command. */
import { DEFAULT_MAX_FILE_BYTES, describeSize, SIZE_VARIABLE } from './size-limit.js';

const FILES_NOTE = [
  'Files may be - for standard input. A quoted pattern such as "drafts/*.json" is expanded',
  '(* in the last part of the path only). Files are read as UTF-8, or UTF-16 with a byte-order',
  `mark; binary data is refused. No file over ${describeSize(DEFAULT_MAX_FILE_BYTES)} is read and import writes no draft over`,
  `it; ${SIZE_VARIABLE}=256M (bytes, or K, M, G) sets that limit.`,
];
// Each command states its own exit status; the main help states the rule once.
const FOOTER = [
  ...FILES_NOTE,
  'Exit status, as diff(1): 0 no differences, 1 differences, 2 trouble.',
];

/** The help of `draftdiff` itself. */
export const MAIN_HELP = [
  'Usage: draftdiff <command> [options]',
  '',
  'Semantic diffs of negotiated documents: typed drafts, aligned provisions, term changes.',
  '',
  'Commands:',
  '  diff A B            What changed from draft A to draft B (JSON drafts or .txt texts)',
  '  validate FILES...   Check drafts against the schema',
  '  import TEXTFILE     Turn a plain numbered text into a draft (JSON)',
  '  compare FILES...    Who says what: every term key across many drafts',
  "  log FILES...        What changed at each step of the drafts' lineage (basedOn)",
  '',
  'Options:',
  '  -h, --help          Show help; draftdiff <command> --help for one command',
  '  -v, --version       Show the version',
  '',
  ...FOOTER,
  '',
].join('\n');

/** The help of each command. */
export const COMMAND_HELP = {
  diff: [
    'Usage: draftdiff diff A B [--format text|markdown|html|json|patch] [-o FILE]',
    '',
    'Shows what changed from draft A to draft B: terms (with deltas), provisions added,',
    'removed, moved, renumbered and reworded (with a word-level redline). A .txt file is',
    'imported as plain numbered text first.',
    '',
    'Options:',
    '  -f, --format FORMAT  text (default), markdown, html (a self-contained page), json,',
    "                       or patch (RFC 6902 operations turning A's JSON into B's)",
    '  -o, --output FILE    Write to FILE instead of standard output',
    '  -h, --help           Show this help',
    '',
    'Exit status: 0 when nothing differs, 1 when something does, 2 on trouble.',
    '',
  ],
  validate: [
    'Usage: draftdiff validate FILES... [--format text|json]',
    '',
    'Checks each draft against the schema. Each invalid file gets one line on standard',
    'error naming the file and the JSON path of the problems.',
    '',
    'Options:',
    '  -f, --format FORMAT  text (default) or json (one record per file)',
    '  -o, --output FILE    Write to FILE instead of standard output',
    '  -h, --help           Show this help',
    '',
    'Exit status: 0 when every file is valid, 2 when any is not.',
    '',
  ],
  import: [
    'Usage: draftdiff import TEXTFILE [--id ID] [--title TITLE] [--date DATE] [--version LABEL] [-o FILE]',
    '',
    'Turns a plain text of numbered points into a draft, with the terms found in each point,',
    'and writes it as JSON, validated against the schema.',
    '',
    'Options:',
    '  --id ID              Id of the draft (a slug: lower-case letters, digits, - . _);',
    "                       default: the file's name without extension, as a slug",
    '                       (Leaked Draft (v2).txt gives leaked-draft-v2); required for -',
    '  --title TITLE        Title (default: the first line, when it is not a point)',
    '  --date DATE          Date of this version (ISO 8601: 2025-11-20)',
    '  --version LABEL      Free version label',
    '  -o, --output FILE    Write to FILE instead of standard output',
    '  -h, --help           Show this help',
    '',
    'Exit status: 0 on success, 2 on trouble.',
    '',
  ],
  compare: [
    'Usage: draftdiff compare FILES... [--only disagree] [--key KEY] [--width N] [--format FORMAT] [-o FILE]',
    '',
    'Compares many drafts key by key: what each states about every term, where they agree,',
    'where they disagree, and who says what.',
    '',
    'Options:',
    '  --only AGREEMENT     Only rows that agree, disagree or are single (comma-separated)',
    '  --key KEY            Only this key and the keys below it (territory: territory.*)',
    "  --width N            Text: fit lines to N columns (default: the terminal's width, else 80)",
    '  -f, --format FORMAT  text (default), markdown, html (a page) or json',
    '  -o, --output FILE    Write to FILE instead of standard output',
    '  -h, --help           Show this help',
    '',
    'Exit status: 0 when no row shown disagrees, 1 when one does, 2 on trouble.',
    '',
  ],
  log: [
    'Usage: draftdiff log FILES... [--format text|markdown|html|json] [--key KEY]... [-o FILE]',
    '',
    'Orders the drafts along their lineage (basedOn, then date) and shows what changed at',
    'each step. As html, draws the story as a timeline: the versions by date with arrows',
    'for basedOn, and for a few keys the value in each version, where it changed and who',
    'reported it.',
    '',
    'Options:',
    '  -f, --format FORMAT  text (default), markdown, html (a timeline page) or json',
    '  -k, --key KEY        html: a key to follow (repeatable); a prefix such as territory',
    '                       follows every key under it. Default: the five keys that change',
    '                       most, then are stated by most drafts',
    '  -o, --output FILE    Write to FILE instead of standard output',
    '  -h, --help           Show this help',
    '',
    'Exit status: 0 on success, 2 on trouble.',
    '',
  ],
} as const;

/** A command's help, with the common footer. */
export function commandHelp(command: keyof typeof COMMAND_HELP): string {
  return [...COMMAND_HELP[command], ...FILES_NOTE, ''].join('\n');
}
