import { createOpeningMarks, OPENING_MARK_KEY } from './opening-mark';
import { createMemoryStorage, quotaExceededError } from './storage-like';
import { pid } from '../paper/__fixtures__/paper-ids';

describe('createOpeningMarks', () => {
  it('keeps the mark of the paper opening until it is cleared', () => {
    const marks = createOpeningMarks(createMemoryStorage());
    expect(marks.read()).toBeNull();
    marks.set({ paperId: pid('sha256:abc'), fileName: 'trust.md' });
    expect(marks.read()).toEqual({ paperId: 'sha256:abc', fileName: 'trust.md' });
    marks.clear();
    expect(marks.read()).toBeNull();
  });

  it.each([
    ['not JSON', '{"paperId": "sha2', { paperId: null, fileName: '' }],
    ['null', 'null', { paperId: null, fileName: '' }],
    [
      'a number as the name',
      '{"paperId":"sha256:abc","fileName":7}',
      { paperId: 'sha256:abc', fileName: '' },
    ],
    [
      'an id that is no paper id',
      '{"paperId":"__proto__","fileName":"a.md"}',
      { paperId: null, fileName: 'a.md' },
    ],
  ])('still reports an unfinished open when the stored mark is %s', (_what, raw, expected) => {
    const area = createMemoryStorage();
    area.setItem(OPENING_MARK_KEY, raw);
    expect(createOpeningMarks(area).read()).toEqual(expected);
  });

  it('never throws when storage refuses the mark', () => {
    const area = createMemoryStorage();
    area.setItem = () => {
      throw quotaExceededError();
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => createOpeningMarks(area).set({ paperId: null, fileName: 'a.md' })).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
