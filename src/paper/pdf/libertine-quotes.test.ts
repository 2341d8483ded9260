import { repairLibertineQuotes } from './libertine-quotes';

describe('repairLibertineQuotes', () => {
  it('puts back the quotes and dashes an acmart Libertine ToUnicode map gives as letters', () => {
    const text =
      'These histories (hereafter: łAdya historiesž) are cycles in the DSGÐthe intuition is that\na write łdestroys history!žÐwhich is NP-complete [30]Ð\nand GUÐMUNDSSON agrees. See pages 1ś12.';
    const repaired = repairLibertineQuotes(text);
    expect(repaired).toBe(
      'These histories (hereafter: “Adya histories”) are cycles in the DSG—the intuition is that\na write “destroys history!”—which is NP-complete [30]—\nand GUÐMUNDSSON agrees. See pages 1–12.',
    );
    expect(repaired.length).toBe(text.length);
  });

  it('leaves Polish, Czech and Icelandic names alone, and a single pair that may be one', () => {
    for (const text of [
      'Michał Łukasz and Jiří Novák (Brno, Plzeň) thank Þór Ðór; Łódź and muž, pages 1ś12.',
      'One łwordž only, and Michał wrote ž.',
    ])
      expect(repairLibertineQuotes(text)).toBe(text);
  });
});
