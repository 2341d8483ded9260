// Every sentence we compose around a reader's or a paper's string (a file name, a title, an
// author, a set name, a character of a share link) keeps that string's direction inside it: a
// right-to-left override or Arabic text in the name cannot reverse the words around it.
import { describe, expect, it } from 'vitest';
import { checkPaperSource, checkSourceSize } from '../../paper/check-source';
import { isolate } from '../../paper/isolate';
import {
  checkPdfSize,
  describePdfProblem,
  describeUnreadablePages,
  MAX_PDF_BYTES,
  type PdfProblemKind,
} from '../../paper/pdf/pdf-problems';
import { hypothesisExport, HYPOTHESIS_ANNOTATIONS } from './__fixtures__/hypothesis-export';
import { SAMPLE_PAPER } from './__fixtures__/sample';
import { planImport } from './import-plan';
import { parseAnnotationFile } from './parse-annotation-file';
import { decodeShareCode } from './share-code';
import { emptyRecord } from '../shared-record';

/** A file name whose override would print the rest of the sentence backwards. */
const RLO_NAME = 'invoice\u202Etxt.exe';
const ARABIC = 'ورقة بحثية';
const NAMES = [
  ['a right-to-left override', RLO_NAME],
  ['Arabic', ARABIC],
] as const;

const bytes = (text: string) => new TextEncoder().encode(text);
const PDF_KINDS: PdfProblemKind[] = [
  'too-large',
  'password',
  'damaged',
  'no-text',
  'page-tree',
  'undecodable',
];

/** [message, the file's extension, the sentence built around a file `name`] */
const FILE_MESSAGES: Array<[string, string, (name: string) => string | null]> = [
  ['an empty text file', '.txt', (n) => checkSourceSize(n, 0)],
  ['a text file too large', '.txt', (n) => checkSourceSize(n, 1e12)],
  ['an unreadable extension', '.docx', (n) => reasonOf(checkPaperSource(bytes('x'), n))],
  ['a binary file', '.txt', (n) => reasonOf(checkPaperSource(new Uint8Array(64).fill(1), n))],
  ['a blank text file', '.md', (n) => reasonOf(checkPaperSource(bytes('  \n'), n))],
  ['an empty PDF', '.pdf', (n) => checkPdfSize(n, 0)],
  ['a PDF too large', '.pdf', (n) => checkPdfSize(n, MAX_PDF_BYTES + 1)],
  ...PDF_KINDS.map((kind): [string, string, (n: string) => string] => [
    `a PDF problem: ${kind}`,
    '.pdf',
    (n) => describePdfProblem(n, kind),
  ]),
  [
    'unreadable pages',
    '.pdf',
    (n) =>
      describeUnreadablePages(n, [
        { page: 2, reason: 'unmapped-font' },
        { page: 5, reason: 'damaged' },
      ]),
  ],
];

function reasonOf(check: ReturnType<typeof checkPaperSource>): string | null {
  return check.ok ? null : check.reason;
}

/** How many times `message` holds `name` isolated, and whether it holds it bare (not isolated). */
function placements(message: string, name: string) {
  const isolated = message.split(isolate(name)).length - 1;
  const bare = message.split(name).length - 1 - isolated;
  return { isolated, bare };
}

describe('messages about a file', () => {
  describe.each(NAMES)('named with %s', (_what, name) => {
    it.each(FILE_MESSAGES)('isolate the name in %s', (_message, extension, build) => {
      const fileName = name + extension;
      const message = build(fileName);
      expect(message).not.toBeNull();
      const { isolated, bare } = placements(message!, fileName);
      expect(isolated).toBeGreaterThan(0);
      expect(bare).toBe(0);
    });
  });
});

describe('messages about an imported file', () => {
  const author = `Bruno ${RLO_NAME}`;
  const title = `Title ${ARABIC}`;
  const exported = () =>
    JSON.stringify(
      hypothesisExport(
        HYPOTHESIS_ANNOTATIONS.map((a) => ({
          ...a,
          user_info: { display_name: author },
          document: { title: [title] },
        })),
      ),
    );

  it('isolate the author and the paper title in the file summary and the set name', () => {
    const result = parseAnnotationFile(exported());
    if (!result.ok) throw new Error(result.message);
    expect(result.summary).toContain(` by ${isolate(author)} on “${isolate(title)}”`);
    expect(result.file.sets[0]!.name).toBe(`Hypothesis annotations by ${isolate(author)}`);
  });

  it('isolate both titles and the authors in the import preview', () => {
    const result = parseAnnotationFile(exported());
    if (!result.ok) throw new Error(result.message);
    const elsewhere = {
      id: SAMPLE_PAPER.id,
      text: 'A paper about something else entirely.'.repeat(20),
      title: RLO_NAME,
    };
    const plan = planImport(result.file, elsewhere, emptyRecord());
    expect(plan.refusal).toContain(
      `found in “${isolate(RLO_NAME)}”: the file was made on “${isolate(title)}”.`,
    );
    expect(plan.summary).toContain(`by ${isolate(author)}`);
  });

  it('isolate the other document of a skipped Hypothesis annotation', () => {
    const other = `https://example.org/${ARABIC}`;
    const annotations = [
      HYPOTHESIS_ANNOTATIONS[0]!,
      { ...HYPOTHESIS_ANNOTATIONS[0]!, id: 'Zz', uri: other },
    ];
    const result = parseAnnotationFile(JSON.stringify(hypothesisExport(annotations)));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.skipped.map((s) => s.reason)).toContain(
      `it was made on another document (${isolate(other)})`,
    );
  });

  it('isolate a text value quoted in a schema error', () => {
    const file = JSON.parse(exported()) as { annotations: Array<Record<string, unknown>> };
    file.annotations[0]!.created = RLO_NAME;
    const result = parseAnnotationFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(isolate(JSON.stringify(RLO_NAME)));
  });
});

describe('a share link cut or changed on the way', () => {
  it('isolate the stray character it names', async () => {
    const result = await decodeShareCode('m1.abc\u202Edef');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(`“${isolate('\u202E')}”`),
    });
  });
});
