/**
 * The degree a thesis is presented for, on its title page (`DOCTORAT EN INFORMATIQUE ET` /
 * `RESEAUX`, `Doctor of Philosophy`, `Docteur de l’Université de Lille`, `Master of Science in …`,
 * `Doutorado em Física`), often set large and bold: front matter, never a section of the thesis
 * (nor an entry of its contents).
 * Pure: a string in, a boolean out.
 */

/** A degree's name: `Doctorat en/de`, `Docteur de/en`, `Doctor/Master/Bachelor of`, `Doutorado em`, `Doctorado en`. */
const DEGREE =
  /^(?:doctorat|docteur|doctorado|doutorado|doutor|dottorato|doktor)\s+(?:en|de|des|du|d['’]|em|in|di|der)\b|^(?:doctor|master|bachelor)\s+of\s+(?:philosophy|science|arts|engineering|laws|education|business|technology|letters|music)\b|^(?:grade|dipl[ôo]me)\s+de\s+(?:docteur|doctorat|master)\b/iu;
/** A degree's line runs to at most this many words. */
const MAX_WORDS = 10;

/** Is the line the name of a degree a thesis is presented for (no sentence)? */
export function isDegreeLine(line: string): boolean {
  const text = line.trim();
  return DEGREE.test(text) && text.split(/\s+/).length <= MAX_WORDS && !/[.!?]$/.test(text);
}
