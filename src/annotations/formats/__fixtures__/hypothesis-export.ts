/**
 * A Hypothesis client JSON export in the shape `buildJSONExportContent` writes
 * (hypothesis/client `src/sidebar/services/annotations-exporter.tsx`): a highlight with a note
 * and tags on the sample paper, a reply, and a page note.
 */
import { describeRange } from '../../../anchoring/selectors';
import { docOffset } from '../../../paper/types';
import { SAMPLE_PAPER } from './sample';

const QUOTE = 'The image of the party is one of the basic goals';
const start = SAMPLE_PAPER.text.indexOf(QUOTE);
const { position, quote } = describeRange(SAMPLE_PAPER.text, docOffset(start), docOffset(start + QUOTE.length));

export const HYPOTHESIS_URI = 'https://example.org/papers/precise-poverty.html';

const base = {
  created: '2026-11-20T10:15:30.123456+00:00',
  updated: '2026-11-21T08:00:00.000000+00:00',
  user: 'acct:bruno@hypothes.is',
  user_info: { display_name: 'Bruno <b>Lima</b>' },
  uri: HYPOTHESIS_URI,
  group: '__world__',
  permissions: { read: ['group:__world__'] },
  document: { title: ['Precise Poverty Alleviation and Party Image'] },
  links: { html: 'https://hypothes.is/a/x' },
  flagged: false,
  hidden: false,
};

export function hypothesisExport(annotations: object[] = HYPOTHESIS_ANNOTATIONS): object {
  return {
    export_date: '2026-11-22T12:00:00.000Z',
    export_userid: 'acct:bruno@hypothes.is',
    client_version: '1.1652.0',
    annotations,
  };
}

export const HYPOTHESIS_ANNOTATIONS: object[] = [
  {
    ...base,
    id: 'Ab12Cd34Ef56Gh78Ij90Kl',
    text: 'Is this **defined** anywhere? <script>alert(1)</script>',
    tags: ['definition', 'constructor'],
    target: [
      {
        source: HYPOTHESIS_URI,
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 48 },
          position,
          quote,
        ],
      },
    ],
  },
  { ...base, id: 'Reply0000000000000000a', text: 'Agreed.', tags: [], references: ['Ab12Cd34Ef56Gh78Ij90Kl'], target: [{ source: HYPOTHESIS_URI }] },
  { ...base, id: 'PageNote00000000000000', text: 'A page note.', tags: [], target: [{ source: HYPOTHESIS_URI }] },
];
