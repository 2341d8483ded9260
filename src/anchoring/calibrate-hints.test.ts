import { describe, expect, it } from 'vitest';

import { createHintEstimator, positionTolerance } from './calibrate-hints';
import { EXPECTED_POSITION_SLACK, MAX_DRIFT_RATE, MAX_DRIFT_SPREAD } from './thresholds';

describe('createHintEstimator', () => {
  it.each([
    { name: 'has no estimate without landmarks', landmarks: [], old: 100, expected: undefined },
    {
      name: 'shifts an offset by the drift of its neighbours',
      landmarks: [
        { old: 0, now: 10 },
        { old: 500, now: 510 },
        { old: 1000, now: 1010 },
      ],
      old: 700,
      expected: 710,
    },
    {
      name: 'takes the median drift, so one moved passage nearby does not mislead it',
      landmarks: [
        { old: 100, now: 140 },
        { old: 200, now: 240 },
        { old: 300, now: 90_000 },
        { old: 400, now: 440 },
      ],
      old: 250,
      expected: 290,
    },
    {
      name: 'uses the nearest landmarks, not the distant ones',
      landmarks: [
        { old: 0, now: 0 },
        { old: 10, now: 10 },
        { old: 20, now: 20 },
        { old: 30, now: 30 },
        { old: 9_000, now: 9_500 },
        { old: 9_100, now: 9_600 },
        { old: 9_200, now: 9_700 },
        { old: 9_300, now: 9_800 },
        { old: 9_400, now: 9_900 },
      ],
      old: 9_250,
      expected: 9_750,
    },
    {
      name: 'follows the largest group of agreeing neighbours when half of them moved elsewhere',
      landmarks: [
        { old: 89_031, now: 89_031 + 418_530 },
        { old: 90_310, now: 90_310 + 77_089 },
        { old: 91_008, now: 91_008 + 228_783 },
        { old: 91_232, now: 91_232 + 228_782 },
        { old: 93_357, now: 93_357 + 1_009 },
        { old: 93_616, now: 93_616 + 1_010 },
        { old: 96_328, now: 96_328 + 666 },
        { old: 98_197, now: 98_197 + 704 },
      ],
      old: 93_334,
      expected: 93_334 + 1_009,
    },
  ])('$name', ({ landmarks, old, expected }) => {
    expect(createHintEstimator(landmarks)(old)?.at).toBe(expected);
  });

  it.each([
    {
      name: 'is tight where close neighbours agree',
      landmarks: [100, 200, 300, 400].map((old) => ({ old, now: old + 40 })),
      old: 250,
      tolerance: EXPECTED_POSITION_SLACK + MAX_DRIFT_RATE * 150,
    },
    {
      name: 'leaves a moved neighbour out of the spread',
      landmarks: [
        { old: 100, now: 140 },
        { old: 200, now: 240 },
        { old: 300, now: 90_000 },
        { old: 400, now: 440 },
        { old: 500, now: 530 },
      ],
      old: 250,
      tolerance: EXPECTED_POSITION_SLACK + MAX_DRIFT_RATE * 250 + 10,
    },
    {
      name: 'widens by how much neighbours disagree (a paragraph deleted among them)',
      landmarks: [
        { old: 0, now: 0 },
        { old: 100, now: 100 },
        { old: 200, now: 200 },
        { old: 2_000, now: 1_400 },
        { old: 2_100, now: 1_500 },
        { old: 2_200, now: 1_600 },
      ],
      old: 1_000,
      tolerance: EXPECTED_POSITION_SLACK + MAX_DRIFT_RATE * 1_200 + 600,
    },
    {
      name: 'does not widen for neighbours further off than MAX_DRIFT_SPREAD (another group)',
      landmarks: [
        { old: 0, now: 0 },
        { old: 100, now: 100 },
        { old: 200, now: 200 },
        { old: 300, now: 301 + MAX_DRIFT_SPREAD },
        { old: 400, now: 401 + MAX_DRIFT_SPREAD },
      ],
      old: 250,
      tolerance: EXPECTED_POSITION_SLACK + MAX_DRIFT_RATE * 250,
    },
    {
      name: 'widens with the distance to the landmarks',
      landmarks: [{ old: 0, now: 0 }],
      old: 100_000,
      tolerance: EXPECTED_POSITION_SLACK + MAX_DRIFT_RATE * 100_000,
    },
  ])('tolerance $name', ({ landmarks, old, tolerance }) => {
    expect(createHintEstimator(landmarks)(old)?.tolerance).toBeCloseTo(tolerance, 6);
  });

  it('gives a lone offset a tolerance growing with the offset (the text start is its landmark)', () => {
    expect(positionTolerance(0)).toBe(EXPECTED_POSITION_SLACK);
    expect(positionTolerance(300_000)).toBeCloseTo(EXPECTED_POSITION_SLACK + 6_000, 6);
  });
});
