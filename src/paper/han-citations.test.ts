import { parsePaper } from './parse-paper';
import { fakePaperId } from './__fixtures__/paper-ids';

/** A Chinese thesis's list, as GB/T 7714's author-year form prints it: names, year, title. */
const REFS = [
  '参考文献',
  '郭峰,孔涛,王靖一.2017.互联网金融空间集聚效应分析[J].国际金融研究,(08):75-85.',
  '郭峰,王靖一,王芳等.2020.测度中国数字普惠金融发展:指数编制与空间特征[J].经济学(季刊),19(04):1401-1418.',
  '张国俊.2014.中国金融包容性指数研究[J].金融论坛,19(09):3-8.',
  '李涛,徐翔,孙硕.2016.普惠金融与经济增长[J].金融研究,(04):1-16.',
  '牧辰,张三.2020.另一篇文章[J].金融研究,(01):1-2.',
  '李牧辰,王一.2020.数字技术与金融[J].金融研究,(02):3-4.',
].join('\n\n');

function cited(body: string): string[] {
  const paper = parsePaper(`数字金融研究\n\n第一章 绪论\n\n${body}\n\n${REFS}`, {
    format: 'pdf',
    fileName: 'x.pdf',
    id: fakePaperId('0'),
  });
  const labels = new Map(
    paper.references.map((r) => [r.id, paper.text.slice(r.start, r.start + 6)]),
  );
  return paper.citations.map(
    (c) => `${paper.text.slice(c.start, c.end)}→${c.refIds.map((id) => labels.get(id)).join(',')}`,
  );
}

describe('Chinese author-year citations', () => {
  it.each([
    [
      'a name, 等 and a year in full-width brackets',
      '研究表明，郭峰等（2020）指出，金融科技很重要。',
      ['郭峰等（2020）→郭峰,王靖一'],
    ],
    [
      'the year tells one author’s works apart',
      '郭峰等（2017）发现了集聚效应。',
      ['郭峰等（2017）→郭峰,孔涛,'],
    ],
    [
      'a single author',
      '在此基础上，张国俊（2014）充分考虑了中国的情况。',
      ['张国俊（2014）→张国俊.20'],
    ],
    [
      'a parenthetical citation',
      '相匹配的可持续金融服务（李涛等，2016）。',
      ['李涛等，2016→李涛,徐翔,'],
    ],
    [
      'a name glued to the word before it',
      '据郭峰等（2020）研究显示。',
      ['郭峰等（2020）→郭峰,王靖一'],
    ],
    ['no link for a name and year no entry has', '王五等（2019）认为如此。', []],
    [
      'no link when two entries could be the name glued to the word before',
      '据李牧辰等（2020）研究显示。',
      [],
    ],
  ])('%s', (_case, body, expected) => {
    expect(cited(body)).toEqual(expected);
  });
});
