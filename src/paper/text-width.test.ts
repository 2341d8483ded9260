import { textColumns } from './text-width';

describe('textColumns', () => {
  it('counts a Latin line by its characters', () => {
    expect(textColumns('Precise poverty alleviation')).toBe(27);
  });

  it('counts each Chinese, Japanese or Korean character and full-width sign as two', () => {
    expect(textColumns('智能制造装备')).toBe(12);
    expect(textColumns('3 成像系统(Key imaging)')).toBe(2 + 8 + 13);
    expect(textColumns('はじめに')).toBe(8);
    expect(textColumns('（MMSE）')).toBe(8);
  });
});
