/** Strings that break Markdown or HTML when printed raw, and a diff that carries one everywhere. */
import type { DraftDiff } from '../../src/index.js';
import { capTerm, diffOf, provision } from './hand-built.js';

/** Payloads that would break Markdown, or the HTML it becomes, if printed raw. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '**bold** and __under__',
  'a | b | c',
  '[x](y)',
  'first line\nsecond line\r\n# heading\n- item',
  '`code` ~~strike~~ \\ & &amp; <!-- comment -->',
  '![image](http://example.com/x.png)',
];

/** A diff that carries `payload` in every string the Markdown formatter prints. */
export function diffCarrying(payload: string): DraftDiff {
  const term = capTerm(600_000, { label: payload, unit: payload, condition: payload });
  const after = capTerm(400_000, { label: payload, unit: payload, condition: payload });
  const changed = provision(payload, payload, payload, payload);
  return diffOf(payload, payload, [
    {
      kind: 'draft.changed',
      path: '/title',
      summary: payload,
      field: 'title',
      before: payload,
      after: payload,
    },
    {
      kind: 'provision.added',
      path: '/provisions/0',
      summary: payload,
      provisionId: payload,
      after: changed,
    },
    {
      kind: 'provision.removed',
      path: '/provisions/1',
      summary: payload,
      provisionId: payload,
      before: changed,
    },
    {
      kind: 'provision.reworded',
      path: '/provisions/2',
      summary: payload,
      provisionId: payload,
      beforePath: '/provisions/2',
      similarity: 0.5,
      coarse: false,
      hunks: [
        { op: 'equal', text: payload },
        { op: 'delete', text: payload },
        { op: 'insert', text: payload },
        { op: 'equal', text: payload },
      ],
      before: changed,
      after: changed,
    },
    {
      kind: 'term.changed',
      path: '/provisions/2/terms/0',
      summary: payload,
      key: payload,
      provisionId: payload,
      beforePath: '/provisions/2/terms/0',
      before: term,
      after,
      aspects: ['value'],
      delta: { absolute: -200_000, relative: -1 / 3 },
    },
    {
      kind: 'term.added',
      path: '/terms/0',
      summary: payload,
      key: payload,
      after: { key: payload, kind: 'text', value: payload },
    },
    {
      kind: 'term.changed',
      path: '/terms/1',
      summary: payload,
      key: payload,
      beforePath: '/terms/1',
      before: { key: payload, kind: 'set', members: [payload] },
      after: { key: payload, kind: 'set', members: [] },
      aspects: ['members'],
      membersRemoved: [payload],
    },
  ]);
}
