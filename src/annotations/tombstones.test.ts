import { pruneTombstones } from './tombstones';
import { byId } from './__fixtures__/annotations';

describe('pruneTombstones', () => {
  it('drops tombstones older than the time to live only', () => {
    expect(pruneTombstones(byId({ old: 0, recent: 900 }), 1000, 500)).toEqual({ recent: 900 });
    const fresh = { recent: 900 };
    expect(pruneTombstones(fresh, 1000, 500)).toBe(fresh);
  });
});
