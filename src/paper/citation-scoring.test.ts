/**
 * Scores the text parser on the citation fixtures against their hand-checked truth files
 * (`__fixtures__/truth/`): reference recall and precision, citation-link recall and precision,
 * and no wrong link at all. The figures are printed, and each must reach its floor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreAgainstTruth, type Truth } from './__fixtures__/score-against-truth';
import { parsePaper } from './parse-paper';
import { pid, rid } from './__fixtures__/paper-ids';

const FIXTURES = path.resolve(__dirname, '__fixtures__');
const names = readdirSync(path.join(FIXTURES, 'truth'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('parser scores on the citation fixtures', () => {
  it.each(names)('links every citation of %s to its own entries, and none wrongly', (name) => {
    const truth = JSON.parse(
      readFileSync(path.join(FIXTURES, 'truth', `${name}.json`), 'utf8'),
    ) as Truth;
    const paper = parsePaper(readFileSync(path.join(FIXTURES, 'golden', `${name}.txt`), 'utf8'), {
      format: 'text',
      fileName: `${name}.txt`,
      id: pid(`sha256:${'0'.repeat(64)}`),
    });
    const score = scoreAgainstTruth(paper, truth);
    console.log(
      `${name}: references R ${score.referenceRecall.toFixed(2)} P ${score.referencePrecision.toFixed(2)}; ` +
        `citations R ${score.citationRecall.toFixed(2)} P ${score.citationPrecision.toFixed(2)}; ` +
        `wrong links ${score.wrongLinks.length}`,
    );
    expect(score.wrongLinks).toEqual([]);
    expect(score.referenceRecall).toBeGreaterThanOrEqual(0.98);
    expect(score.referencePrecision).toBeGreaterThanOrEqual(0.98);
    expect(score.citationRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.citationPrecision).toBeGreaterThanOrEqual(0.98);
  });

  it('counts a marker linked to the wrong entry as a wrong link', () => {
    const truth = JSON.parse(
      readFileSync(path.join(FIXTURES, 'truth', 'run-together-labels.json'), 'utf8'),
    ) as Truth;
    const paper = parsePaper(
      readFileSync(path.join(FIXTURES, 'golden', 'run-together-labels.txt'), 'utf8'),
      { format: 'text', fileName: 'r.txt', id: pid(`sha256:${'0'.repeat(64)}`) },
    );
    const first = paper.citations[0];
    if (first === undefined) throw new Error('the fixture has citations');
    const swapped = { ...paper, citations: [{ ...first, refIds: [rid('ref-3')] }] };
    expect(scoreAgainstTruth(swapped, truth).wrongLinks).toEqual(['[1, 2] → [3], truth [1,2]']);
  });
});
