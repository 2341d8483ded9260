import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-sharing';

describe('loadOnce', () => {
  it('loads once for every caller', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const get = loadOnce(load);
    expect(await Promise.all([get(), get(), get()])).toEqual([42, 42, 42]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads afresh after a failed load (offline, then back online)', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue('formats');
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('Failed to fetch');
    expect(await get()).toBe('formats');
    expect(await get()).toBe('formats');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
