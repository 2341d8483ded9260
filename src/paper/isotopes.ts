/**
 * Isotopes written with a raised mass number (`¹H`, `¹³C`, `³He`): not a note's mark, not a raised
 * reference label, though they look the same. Pure.
 */

/** The chemical elements' symbols, by atomic number (H is 1). */
const ELEMENTS =
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og'.split(
    ' ',
  );
/** An element's symbol right after a mark, then no letter (`¹H NMR`, `¹³C-labelled`, `⁴He,`). */
const ELEMENT_AFTER = /^(\p{Lu}\p{Ll}?)(?!\p{L})/u;

/**
 * Is the superscript number `mass` at `at` in `text` an isotope's (`¹H`, `¹³C`, `³¹P`, `⁴He`), no
 * note's mark? An element's symbol follows it, and it is a mass number that element can have: at
 * least its atomic number, at most about three times it (`¹In this paper` is a note: indium's
 * isotopes weigh 100 and more).
 */
export function isIsotope(text: string, at: number, mass: number): boolean {
  const symbol = ELEMENT_AFTER.exec(text.slice(at, at + 3))?.[1];
  if (symbol === undefined) return false;
  const z = ELEMENTS.indexOf(symbol) + 1;
  return z > 0 && mass >= z && mass <= 3 * z + 6;
}

/** Raised digits, in their order: `⁰` is 0. */
const RAISED_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The raised digits a text opens with. */
const LEADING_RAISED = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u;

/** The number raised digits write (`¹²` → 12). */
export function raisedNumber(digits: string): number {
  let value = 0;
  for (const digit of digits) value = 10 * value + RAISED_DIGITS.indexOf(digit);
  return value;
}

/** Does the text open with an isotope (`²⁰⁶Pb to ²³⁸U`, `¹H NMR`), not a note's raised mark? */
export function opensWithIsotope(text: string): boolean {
  const digits = LEADING_RAISED.exec(text)?.[0];
  return digits !== undefined && isIsotope(text, digits.length, raisedNumber(digits));
}
