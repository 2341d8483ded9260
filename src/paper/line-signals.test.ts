import { endsSentence, isAllCaps, isTitleLike, splitCount } from './line-signals';

describe('splitCount', () => {
  it.each([
    ['', 1],
    ['one', 1],
    ['one two', 2],
    ['one  two\tthree', 3],
    [' leading', 2],
    ['trailing ', 2],
    ['   ', 2],
    ['no\u00A0break\u2009thin', 3],
    ['zero\u200Bwidth', 1],
  ])('counts %j as split(/\\s+/) does: %i', (line, expected) => {
    expect(splitCount(line)).toBe(expected);
    expect(splitCount(line)).toBe(line.split(/\s+/).length);
  });
});

describe('isTitleLike', () => {
  it('takes a heading of 24 words and refuses one of 25', () => {
    const words = (n: number) =>
      ['Title', ...Array.from({ length: n - 1 }, () => 'word')].join(' ');
    expect(isTitleLike(words(24))).toBe(true);
    expect(isTitleLike(words(25))).toBe(false);
  });

  it('takes a heading in Chinese, which has no capitals, and refuses a line of Chinese prose', () => {
    expect(isTitleLike('引言(Introduction)')).toBe(true);
    expect(isTitleLike('基于深度学习的目标检测算法')).toBe(true);
    expect(isTitleLike('训练效果要视目标与大数据集相关程度而定。DSOD')).toBe(false);
    expect(isTitleLike('的特征信息． 在训练过程中')).toBe(false);
  });
});

describe('endsSentence', () => {
  it.each([
    ['the paper ends here.', true],
    ['具有重要意义。', true],
    ['效果较好！', true],
    ['最小均方差的方法．', true],
    ['（MMSE）． 对于样本数据为', false],
    ['the paper goes on', false],
  ])('reads %j as ending a sentence: %s', (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });
});

describe('isAllCaps', () => {
  it.each([
    ['ULTRA LIGHT BOSONS AS DARK MATTER', true],
    ['ΑΝΑΛΥΣΗ ΔΕΔΟΜΕΝΩΝ', true],
    ['Introduction', false],
    ['IoT', false],
    ['中图分类号: TP273 文献标识码: A', false],
    ['基于 CNN 的目标检测', false],
  ])('reads %j as set in capitals: %s', (line, expected) => {
    expect(isAllCaps(line)).toBe(expected);
  });
});
