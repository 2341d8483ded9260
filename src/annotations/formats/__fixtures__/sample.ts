/**
 * The bundled sample paper, parsed, with a set of annotations that uses every feature a file can
 * carry: colours, Markdown notes, tags (one with HTML in it), several links, a passage without a
 * position, and an orphan whose quote is no longer in the text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeRange } from '../../../anchoring/selectors';
import { parsePaper } from '../../../paper/parse-paper';
import { docOffset, type Paper } from '../../../paper/types';
import { asAnnotationId, asSetId, type Annotation, type AnnotationSet } from '../../types';
import { fakePaperId } from '../../../paper/__fixtures__/paper-ids';

export const SAMPLE_PAPER_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../public/papers/precise-poverty-alleviation-and-party-image.txt',
);

export const SAMPLE_PAPER: Paper = parsePaper(readFileSync(SAMPLE_PAPER_FILE, 'utf8'), {
  format: 'text',
  fileName: 'precise-poverty-alleviation-and-party-image.txt',
  id: fakePaperId('c'),
});

export const INSTRUCTOR_SET: AnnotationSet = {
  id: asSetId('set-seminar-3'),
  name: 'Seminar 3: what to look for',
  created: Date.UTC(2026, 10, 2, 9, 0),
  author: 'Dr. Ana Souza',
  colour: 'blue',
};

const T0 = Date.UTC(2026, 10, 2, 9, 30);

/** An annotation on the first occurrence of `exact` in the sample paper's canonical text. */
export function sampleAnnotation(
  id: string,
  exact: string,
  fields: Partial<Annotation> = {},
  paper: Paper = SAMPLE_PAPER,
): Annotation {
  const start = paper.text.indexOf(exact);
  if (start < 0) throw new Error(`not in the sample paper: ${exact}`);
  const target = describeRange(paper.text, docOffset(start), docOffset(start + exact.length));
  return {
    id: asAnnotationId(id),
    paperId: paper.id,
    setId: INSTRUCTOR_SET.id,
    colour: 'yellow',
    note: '',
    tags: [],
    refLabels: [],
    created: T0,
    modified: T0,
    target,
    ...fields,
  };
}

const labels = SAMPLE_PAPER.references.map((r) => r.label);

/** Five annotations of the instructor's set, every feature used at least once. */
export const SAMPLE_ANNOTATIONS: Annotation[] = [
  sampleAnnotation('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a01', 'The image of the party is one of the basic goals', {
    note: 'Key **claim**: is it _supported_?\n\n- look at [1]\n- compare with §2',
    tags: ['claim', 'definition'],
    refLabels: labels.slice(0, 2),
    modified: T0 + 60_000,
  }),
  sampleAnnotation('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a02', 'precise poverty alleviation policy', {
    colour: 'green',
    tags: ['<script>alert(1)</script>', '__proto__'],
  }),
  sampleAnnotation('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a03', 'Accurate poverty alleviation is an important guarantee', {
    colour: 'red',
    refLabels: labels.slice(2, 3),
  }),
  {
    ...sampleAnnotation('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a04', 'strengthen social mobilization', {
      colour: 'purple',
      note: 'No position stored: <b>found by quote</b> = "ok", then, "quoted"',
    }),
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'strengthen social mobilization', prefix: '', suffix: '' },
    },
  },
  {
    ...sampleAnnotation('6a1c1b52-3f0e-4c55-9d55-2f1f8d0c0a05', 'The image of the party', {
      note: '=HYPERLINK("http://evil.example")',
      tags: ['orphan'],
    }),
    target: {
      position: { type: 'TextPositionSelector', start: 5, end: 52 },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'a sentence the author deleted from this version',
        prefix: '',
        suffix: '',
      },
    },
  },
];
