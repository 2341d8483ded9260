/** Fonts as pdf.js reports them, for the symbol-font tests (symbol-fonts, publisher-fonts). */
import { glyphMapForFont, mapGlyphs, type PdfFontFacts } from '../symbol-fonts';

/** A `/Differences` array naming `names` from `first` on, as pdf.js reports it. */
export function differences(first: number, ...names: string[]): string[] {
  const out: string[] = [];
  names.forEach((name, i) => (out[first + i] = name));
  return out;
}

/** What a run pdf.js gave in `font` reads as once mapped. */
export function read(font: PdfFontFacts, str: string): string {
  const map = glyphMapForFont(font);
  return map ? mapGlyphs(str, map) : str;
}
