import { describe, expect, it } from 'vitest';
import { importedLayerName, shortDate } from './layer-name';

const ORIGIN = 'Shared set, 5 Dec';

describe('importedLayerName', () => {
  it.each<[string, { name: string; author?: string }, string[], string]>([
    [
      'names a set after its sender',
      { name: 'Week 3', author: 'Dr Lee' },
      [],
      'Week 3 — from Dr Lee',
    ],
    [
      'does not repeat a sender already in the name',
      { name: 'Dr Lee: week 3', author: 'dr lee' },
      [],
      'Dr Lee: week 3',
    ],
    [
      "calls a sender's default set theirs",
      { name: 'My annotations', author: 'Dr Lee' },
      ['My annotations'],
      'Annotations from Dr Lee',
    ],
    [
      'keeps an unsent name the student does not have',
      { name: 'Week 3' },
      ['My annotations'],
      'Week 3',
    ],
    ['names an unsent default set by where it came from', { name: 'My annotations' }, [], ORIGIN],
    [
      'names an unsent set whose name the student has by where it came from',
      { name: 'week 3' },
      ['Week 3'],
      ORIGIN,
    ],
    [
      'numbers a name that is still taken',
      { name: 'Week 3', author: 'Dr Lee' },
      ['Week 3 — from Dr Lee'],
      'Week 3 — from Dr Lee (2)',
    ],
    [
      'numbers past every taken number',
      { name: 'My annotations' },
      [ORIGIN, `${ORIGIN} (2)`],
      `${ORIGIN} (3)`,
    ],
  ])('%s', (_, set, taken, expected) => {
    expect(importedLayerName(set, taken, ORIGIN)).toBe(expected);
  });
});

describe('shortDate', () => {
  it('writes the day and the short month', () => {
    expect(shortDate(new Date(2026, 11, 5, 12).getTime())).toBe('5 Dec');
  });
});
