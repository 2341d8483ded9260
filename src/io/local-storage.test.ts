import { openLocalStorage } from './local-storage';

describe('openLocalStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the browser localStorage when it works', () => {
    expect(openLocalStorage()).toEqual({ area: window.localStorage, problem: null });
  });

  it('falls back to memory and says so when the browser refuses storage', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { area, problem } = openLocalStorage();
    expect(problem?.kind).toBe('unavailable');
    area.setItem('k', 'v');
    expect(area.getItem('k')).toBe('v');
  });

  it('keeps a full localStorage: full is not unavailable', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(openLocalStorage()).toEqual({ area: window.localStorage, problem: null });
  });
});
