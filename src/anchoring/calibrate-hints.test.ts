import { describe, expect, it } from 'vitest';

import { createHintEstimator } from './calibrate-hints';

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
  ])('$name', ({ landmarks, old, expected }) => {
    expect(createHintEstimator(landmarks)(old)).toBe(expected);
  });
});
