import { linePitch } from './column-metrics';
import type { TextLine } from './text-item';

const textLine = (text: string, baseline: number, size: number): TextLine => ({
  items: [],
  left: 50,
  right: 50 + text.length * size,
  baseline,
  size,
  text,
  opensWithMark: false,
});

describe('linePitch', () => {
  it("is the running text's pitch, not that of a diagram's labels set close together in the column", () => {
    const body = Array.from({ length: 10 }, (_, i) =>
      textLine('机器人通过图像检测识别技术实现视觉系统高', 745.8 - 15.3 * i, 10.5),
    );
    const labels = Array.from({ length: 12 }, (_, i) => textLine('图像预处理', 530 - 8.2 * i, 8.7));
    expect(linePitch([...body, ...labels])).toBeCloseTo(15.3, 5);
  });

  it('is the low quantile of the gaps of one size (display maths and list items leave wider gaps)', () => {
    const gaps = [12, 12, 12, 12, 18, 24, 12, 30];
    let y = 700;
    const lines = [textLine('a line of running text', y, 10)];
    for (const gap of gaps) lines.push(textLine('a line of running text', (y -= gap), 10));
    expect(linePitch(lines)).toBe(12);
  });
});
