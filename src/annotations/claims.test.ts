import { describe, expect, it } from 'vitest';
import { makeAnnotation } from './__fixtures__/annotations';
import { isClaim, isUnlinkedClaim } from './claims';
import type { ColourId } from './colours';

describe('isUnlinkedClaim', () => {
  it.each<[ColourId, string[], boolean, boolean]>([
    ['yellow', [], true, true],
    ['yellow', ['8'], true, false],
    ['green', [], false, false],
    ['blue', [], false, false],
    ['red', ['8'], false, false],
  ])(
    'a %s highlight linked to %j is a claim: %s, an unlinked claim: %s',
    (colour, refLabels, claim, unlinked) => {
      const a = makeAnnotation({ id: 'a', colour, refLabels });
      expect(isClaim(a)).toBe(claim);
      expect(isUnlinkedClaim(a)).toBe(unlinked);
    },
  );
});
