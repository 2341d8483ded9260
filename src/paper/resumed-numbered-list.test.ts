// A numbered list that goes on after other text (`bareReferenceRun`, `parseChunk`): with its
// labels raised, as Nature's Methods references continue the main list (`30.` … then `³¹ Sell,
// A.`, `³² …`, the layout reading the small labels as superscripts), or under an entry's tail
// set past a float at the top of the next page.
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

const parse = (source: string) =>
  parsePaper(source, { format: 'pdf', fileName: 'p.pdf', id: pid(`sha256:${'0'.repeat(64)}`) });

const LIST = [
  'References',
  '1. Jackson, H. J. Marginalia: Readers Writing in Books (Yale Univ. Press, 2001).',
  '2. Sherman, W. H. Used Books: Marking Readers in Renaissance England (2008).',
  '3. Grafton, A. The Footnote: A Curious History (Harvard Univ. Press, 1997).',
].join('\n\n');

describe('a numbered list resumed with raised labels', () => {
  it('reads the entries after the text as the list’s next entries, and links to them', () => {
    const paper = parse(
      [
        'A Study of Margins',
        'Introduction',
        'Margins were studied long ago¹ and since²,³.',
        LIST,
        'Methods',
        'The notes were counted as before⁴ and read again⁵ with a lens⁶.',
        '⁴ Eco, U. The Role of the Reader (Indiana Univ. Press, 1979).\n⁵ Darnton, R. The Kiss of Lamourette (Norton, 1990).\n6. Price, L. How to Do Things with Books (Princeton Univ. Press, 2012).',
      ].join('\n\n'),
    );
    expect(
      paper.references.map((r) => `${r.label} ${paper.text.slice(r.start, r.end)}`.slice(0, 12)),
    ).toEqual([
      '1 1. Jackson',
      '2 2. Sherman',
      '3 3. Grafton',
      '4 ⁴ Eco, U. ',
      '5 ⁵ Darnton,',
      '6 6. Price, ',
    ]);
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual([
      '¹',
      '²,³',
      '⁴',
      '⁵',
      '⁶',
    ]);
  });
});

describe('a numbered list resumed after a float', () => {
  it('reads the next entry under an entry’s tail set past another page’s table, and keeps the tail', () => {
    const paper = parse(
      [
        'A Study of Margins',
        'Introduction',
        'Margins were studied long ago¹ and since²,³ and again⁴,⁵.',
        'References',
        '1. A. Jackson, Marginalia (Yale Univ. Press, 2001)\n2. W. H. Sherman, Used Books (Penn Press, 2008)\n3. A. Grafton and B. Lee, Nucl.',
        'B(x → y) = (0.19 ± 0.04)%\nB(x → z) = (0.16 ± 0.03)%\nB(x → w) = (0.16 ± 0.03)%\nB(x → v) = (0.10 ± 0.05)%\nB(x → u) = 0.16 % (estimated)',
        'Phys. B147 (1979) 385, 448, 519\n4. U. Eco and P. Roe, Nucl. Phys. B373 (1992) 581\n5. R. Darnton, Phys. Lett. B289 (1992) 165',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(paper.text).toContain('Phys. B147 (1979) 385, 448, 519');
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual([
      '¹',
      '²,³',
      '⁴,⁵',
    ]);
  });
});

describe('a numbered list resumed after a figure, its entries naming the authors given name first', () => {
  it('reads entry 2 and those after it past the figure’s labels, as AMS’s lists print them', () => {
    const paper = parse(
      [
        'Tropical Curves',
        'Introduction',
        'As in [1], [2] and [3], see also [4].',
        'References',
        '1. Lars Allermann and Johannes Rau, First steps in tropical intersection theory, Math. Z. 264 (2010), no. 3, 633–670.',
        '3 1\n4\n5 2\n12 1\n2\n3\n35\n1\n2\n45\n3\n34 25 13\n24 14\n15 23',
        '2. David Bayer and Ian Morrison, Standard bases and geometric invariant theory. I. Initial ideals\nand state polytopes, J. Symbolic Comput. 6 (1988), no. 2-3, 209–217.',
        'Figure 16. The tropical variety of M0,5',
        '3. Robert Bieri and J. R. J. Groves, The geometry of the set of characters induced by valuations, J. Reine Angew. Math. 347 (1984), 168–195.',
        '4. Louis J. Billera, Susan P. Holmes, and Karen Vogtmann, Geometry of the space of phylogenetic trees, Adv. in Appl. Math. 27 (2001), no. 4, 733–767.',
        // The rule repeating the authors drawn as a line: its comma is left.
        '5., Tropical trees, Adv. in Appl. Math. 30 (2003), 1–20.\n6. Grigory Mikhalkin, Tropical geometry, arXiv:0709.1049, 2007.',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    // Entry 5 is read with entry 4's authors, whatever they are read as.
    expect(paper.references[4]?.fields.authors.length).toBeGreaterThan(0);
    expect(paper.references[4]?.fields.authors).toEqual(paper.references[3]?.fields.authors);
    expect(paper.citations.map((c) => c.refIds.length)).toEqual([1, 1, 1, 1]);
  });

  it('reads no numbered paragraph after the list as an entry where no next label follows it', () => {
    const paper = parse(
      [
        'Tropical Curves',
        'Introduction',
        'As in [1].',
        'References',
        '1. Lars Allermann and Johannes Rau, First steps in tropical intersection theory, Math. Z. 264 (2010), no. 3, 633–670.',
        '3 1\n4\n5 2\n12 1\n2\n3\n35',
        '2. Proof of the lemma of 2010. We take the fan of the curve and glue its charts together.',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1']);
  });
});

describe('a numbered list resumed past entries the layout lost', () => {
  // unseen24 royalsoc-openbiol-2012: the labels of page 7's right column stood in the gutter and
  // were read with the left column, so entries 23–33 came out as text with no label; page 8's
  // `34.` … `60.` then went on the list no more (only `23.` could), and none of them was linked.
  const REFS = [
    'References',
    '1. Craigen WJ, Caskey CT. 1986 Expression of peptide chain release factor 2 requires high efficiency frameshift. Nature 322, 273–275.',
    '2. Bekaert M, Atkins JF, Baranov PV. 2006 ARFA: a program for annotating bacterial release factor genes. Bioinformatics 22, 2463–2465.',
    'EMBO J. 19, 6230–6239. (doi:10.1093/emboj/19.22.6230) Vallabhaneni H, Fan-Minogue H, Bedwell DM, Farabaugh PJ. 2009 Connection between stop codon reassignment and frequent use of shifty stop frameshifting. RNA 15, 889–897.',
  ];

  it('reads the entries numbered on from a later number, each opening with its authors, and links to them', () => {
    const paper = parse(
      [
        'Frameshifting',
        'Introduction',
        'Frameshifting is common [1,2], as the codons show [5] and the tRNAs too [6,7].',
        ...REFS,
        '5. Farabaugh PJ. 2010 Programmed frameshifting in budding yeast. In Recoding, pp. 221–248. Heidelberg, Germany: Springer.',
        '6. Nakamura Y, Gojobori T, Ikemura T. 2000 Codon usage tabulated from the international DNA sequence databases. Nucleic Acids Res. 28, 292.',
        '7. Grosjean H, de Crécy-Lagard V, Marck C. 2010 Deciphering synonymous codons in the three domains of life. FEBS Lett. 584, 252–264.',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '5', '6', '7']);
    expect(paper.citations.map((c) => [paper.text.slice(c.start, c.end), c.refIds.length])).toEqual(
      [
        ['[1,2]', 2],
        ['[5]', 1],
        ['[6,7]', 2],
      ],
    );
  });

  it('reads no later numbered paragraphs as entries where they open with no authors', () => {
    const paper = parse(
      [
        'Frameshifting',
        'Introduction',
        'Frameshifting is common [1,2].',
        ...REFS,
        '5. Frameshifting in 2010. The codons were counted again and compared with the first count.',
        '6. Codon usage in 2000. The tables were read from the databases of that year.',
        '7. The tRNAs of 2010. Their modifications were listed for every domain of life.',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2']);
  });
});
