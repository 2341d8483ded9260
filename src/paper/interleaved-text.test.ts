import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

const linksOf = (source: string, format: 'text' | 'markdown') => {
  const paper = parsePaper(source, { format, fileName: 'p.txt', id: pid('sha256:e') });
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => paper.references.find((r) => r.id === id)?.label),
  ]);
};

describe('a reference list pdftotext cut in two with another column between its halves', () => {
  // Default mode: the column after `References` holds the end of another section first.
  const source = [
    'Open extraction',
    '',
    '1 Introduction',
    '',
    'Language models assess extractions (Etzioni et al., 2005; Agichtein, 2006), as',
    'shown before (Banko et al., 2007). We build on them.',
    '',
    'References',
    '',
    'O. Etzioni, M. Cafarella, and D. Downey. 2005. Unsupervised named-entity',
    'extraction from the web. Artificial Intelligence, 165(1):91–134.',
    '',
    'Acknowledgements',
    'This research was supported in part by NSF grants. We thank the reviewers for',
    'their helpful comments on an earlier draft of the paper.',
    '',
    'E. Agichtein. 2006. Confidence estimation methods for',
    'partially supervised relation extraction. In SDM 2006.',
    'M. Banko, M. Cafarella, and S. Soderland. 2007. Open information extraction',
    'from the web. In Procs. of IJCAI 2007.',
    '',
  ].join('\n');

  it('reads the entries after the other column as the list going on, and links them', () => {
    expect(linksOf(source, 'text')).toEqual([
      ['(Etzioni et al., 2005', ['Etzioni 2005']],
      ['Agichtein, 2006)', ['Agichtein 2006']],
      ['(Banko et al., 2007)', ['Banko 2007']],
    ]);
  });

  it('keeps a paragraph between the halves a paragraph', () => {
    const paper = parsePaper(source, { format: 'text', fileName: 'p.txt', id: pid('sha256:e') });
    const thanks = paper.blocks.find((b) =>
      paper.text.slice(b.start, b.end).startsWith('This research'),
    );
    expect(thanks?.kind).toBe('paragraph');
  });
});

describe('a text list that lost its numbers, cited by bracketed numbers', () => {
  const entries = ['Ann A', 'Bo B', 'Cy C', 'Di D', 'Ed E', 'Flo F'].map(
    (name, i) => `${name}. Work number ${i + 1}. J Test. 201${i};${i + 1}:1–9.`,
  );
  const body = 'Emissions rose [1], then fell [2,3] and [5–6].';

  it('numbers a Markdown list by its order (a journal XML export keeps it)', () => {
    const md = `# Cows\n\n${body}\n\n## References\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`;
    expect(linksOf(md, 'markdown').map(([marker]) => marker)).toEqual(['[1]', '[2,3]', '[5–6]']);
  });

  it('links nothing in plain text, whose labels its layout set apart: an entry split or joined would shift every number', () => {
    const txt = `Cows\n\n${body}\n\nReferences\n\n${entries.join('\n')}\n`;
    expect(linksOf(txt, 'text')).toEqual([]);
  });
});

describe('a section of another column set right under the References heading', () => {
  const source = [
    'Bigtable',
    '',
    '1 Introduction',
    '',
    'Bigtable stores data in a file system [2] and locks with Chubby [3], as',
    'others did before [1]. We describe it here.',
    '',
    'References',
    '11 Conclusions',
    'We have described Bigtable, a distributed system for storing structured',
    'data at Google. Our users like the performance it gives them.',
    '',
    '[1] A BADI , D. J., AND M ADDEN , S. R. Integrating compression and execution',
    'in column-oriented database systems. Proc. of SIGMOD (2006).',
    '[2] G HEMAWAT, S., AND G OBIOFF , H. The Google file system. In Proc. of the',
    '19th ACM SOSP (Dec. 2003), pp. 29–43.',
    '[3] B URROWS , M. The Chubby lock service. In Proc. of the 7th OSDI (Nov. 2006).',
    '',
  ].join('\n');

  it('reads the section as text and the list from its [1]', () => {
    const paper = parsePaper(source, { format: 'text', fileName: 'p.txt', id: pid('sha256:f') });
    const conclusion = paper.blocks.find((b) =>
      paper.text.slice(b.start, b.end).includes('We have described'),
    );
    expect(conclusion?.kind).toBe('paragraph');
    expect(linksOf(source, 'text')).toEqual([
      ['[2]', ['2']],
      ['[3]', ['3']],
      ['[1]', ['1']],
    ]);
  });
});

describe('a paragraph of another column set between the References heading and entry 1', () => {
  // pdftotext's default mode, two columns: the right column's last paragraph comes first.
  const paragraph = [
    'condition for granting authority. As bearer credentials, the',
    'contextual caveats in macaroons help them avoid the confinement',
    'problem, which arises for unmodified capabilities [3]. Furthermore,',
    'upon use of a macaroon, target services need not only check that all',
    'caveats are discharged, but may also perform additional access',
    'control, for example, to check continued ownership of the resource.',
  ];
  const source = [
    'Macaroons',
    '',
    '1 Introduction',
    '',
    'Macaroons extend cookies [2] with caveats, as credentials did before [1]. We',
    'describe them here.',
    '',
    'R EFERENCES',
    '',
    ...paragraph,
    '',
    '[1] M. Abadi, “Variations in access control logic,” in Intl. Conf. on Deontic',
    'Logic in Computer Science, 2008.',
    '[2] M. Abadi, M. Burrows, B. W. Lampson, and G. D. Plotkin, “A calculus',
    'for access control in distributed systems,” ACM TOPLAS, vol. 15, no. 4, 1993.',
    '[3] M. Aguilera, M. Ji, and M. Lillibridge, “Block-level security for network-',
    'attached disks,” in USENIX Conf. on File and Storage Technologies, 2003.',
    '',
  ].join('\n');

  it('reads the paragraph as text and the list from its [1]', () => {
    const paper = parsePaper(source, { format: 'text', fileName: 'p.txt', id: pid('sha256:f') });
    const carried = paper.blocks.find((b) =>
      paper.text.slice(b.start, b.end).startsWith('condition for granting'),
    );
    expect(carried?.kind).toBe('paragraph');
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(linksOf(source, 'text')).toEqual([
      ['[2]', ['2']],
      ['[1]', ['1']],
    ]);
  });

  it('keeps a short note under the heading apart from the entries, as before', () => {
    const note = source.replace(paragraph.join('\n'), 'Works marked * were read in draft.');
    const paper = parsePaper(note, { format: 'text', fileName: 'p.txt', id: pid('sha256:f') });
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3']);
  });
});

describe('a headed list read column by column out of order, then cut by a running footer', () => {
  // pdftotext's default mode: the right column's first entries ([5]…[7]) come among the left
  // column's, so the last entry read before the footer ([4]) is not the highest.
  const entry = (n: number, name: string) =>
    `[${n}] ${name}, A. Work number ${n}. In Proc. of SOSP (200${n % 10}), pp. 1–9.`;
  const source = [
    'Tables',
    '',
    '1 Introduction',
    '',
    'Tables store rows [1], logs [6] and files [8], as others did [9]. We describe it.',
    '',
    'References',
    '',
    entry(1, 'Abadi'),
    entry(5, 'Kx'),
    entry(6, 'Lamport'),
    entry(7, 'Mac'),
    entry(2, 'Bloom'),
    entry(3, 'Burrows'),
    entry(4, 'Chandra'),
    '',
    'To appear in OSDI 2006',
    '',
    entry(8, 'Pike'),
    entry(9, 'Ratnasamy'),
    '',
  ].join('\n');

  it('goes on with the entry after the highest one read, and links it', () => {
    expect(linksOf(source, 'text')).toEqual([
      ['[1]', ['1']],
      ['[6]', ['6']],
      ['[8]', ['8']],
      ['[9]', ['9']],
    ]);
  });
});

describe('a headed list with the other column’s entries set among its own (pdftotext’s default mode)', () => {
  const entry = (n: number, name: string) =>
    `[${n}] ${name}, A. Work number ${n}. In Proc. of SOSP (200${n % 10}), pp. 1–9.`;
  const source = [
    'Tables',
    '',
    '1 Introduction',
    '',
    'Tables store rows [1], logs [3] and files [7], as others did [8, 9]. We describe it.',
    '',
    'References',
    '',
    entry(1, 'Abadi'),
    entry(2, 'Bloom'),
    '',
    entry(6, 'Kx'),
    entry(7, 'Lamport'),
    '',
    entry(3, 'Burrows'),
    '',
    entry(8, 'Mac'),
    '',
    entry(4, 'Chandra'),
    entry(5, 'Dean'),
    '',
    'To appear in OSDI 2006',
    '',
    entry(9, 'Pike'),
    '',
  ].join('\n');

  it('reads the other column’s runs as entries, and the list on where it was', () => {
    expect(linksOf(source, 'text')).toEqual([
      ['[1]', ['1']],
      ['[3]', ['3']],
      ['[7]', ['7']],
      ['[8, 9]', ['8', '9']],
    ]);
  });

  it('leaves a paragraph opening with a citation after the list a paragraph', () => {
    const after = `${source}\nConclusions\n\n[12] showed that tables grow. We agree with them here.\n`;
    const paper = parsePaper(after, { format: 'text', fileName: 'p.txt', id: pid('sha256:e') });
    const kinds = paper.blocks.map((b) => [b.kind, paper.text.slice(b.start, b.start + 4)]);
    expect(kinds).toContainEqual(['paragraph', '[12]']);
  });
});
