import { describe, expect, it } from 'vitest';
import { makeAnnotation } from './__fixtures__/annotations';
import { isUnlinkedClaim } from './claims';
import type { ColourId } from './colours';

describe('isUnlinkedClaim', () => {
  it.each<[ColourId, string[], boolean]>([
    ['yellow', [], true],
    ['yellow', ['8'], false],
    ['green', [], true],
    ['blue', ['8', '9'], false],
  ])('a %s highlight linked to %j is an unlinked claim: %s', (colour, refLabels, unlinked) => {
    expect(isUnlinkedClaim(makeAnnotation({ id: 'a', colour, refLabels }))).toBe(unlinked);
  });
});
