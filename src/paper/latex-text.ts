/**
 * LaTeX mathematics as a reader sees it in plain text: `$p_i(x)$` → `pᵢ(x)`, `$\alpha \le 2^{20}$`
 * → `α ≤ 2²⁰`, `$\frac{a+b}{2}$` → `(a+b)/2`. Markdown written by converters (Pandoc, Marker,
 * Nougat, docling) keeps a paper's mathematics as LaTeX between dollars; shown as it stands, a
 * sentence reads `the gate value $p_i(x)$ in Equation…`. Greek letters, operators, relations and
 * arrows become their Unicode characters, raised and lowered characters Unicode superscripts and
 * subscripts where every one of them has one (else `^(…)`, `_(…)`), fractions and roots are
 * written on the line, and font and spacing commands are dropped. Not a typesetter: a command it
 * does not know is written as its name. Pure.
 */
import { SUBSCRIPT_DIGITS, SUPERSCRIPT_DIGITS } from './script-forms';

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  varpi: 'ϖ',
  rho: 'ρ',
  varrho: 'ϱ',
  sigma: 'σ',
  varsigma: 'ς',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'ϕ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  times: '×',
  cdot: '·',
  div: '÷',
  pm: '±',
  mp: '∓',
  ast: '∗',
  star: '⋆',
  circ: '∘',
  bullet: '•',
  oplus: '⊕',
  otimes: '⊗',
  odot: '⊙',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ll: '≪',
  gg: '≫',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  cong: '≅',
  equiv: '≡',
  propto: '∝',
  in: '∈',
  notin: '∉',
  ni: '∋',
  subset: '⊂',
  subseteq: '⊆',
  supset: '⊃',
  supseteq: '⊇',
  cup: '∪',
  cap: '∩',
  setminus: '∖',
  emptyset: '∅',
  varnothing: '∅',
  forall: '∀',
  exists: '∃',
  neg: '¬',
  lnot: '¬',
  land: '∧',
  wedge: '∧',
  lor: '∨',
  vee: '∨',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  gets: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  implies: '⇒',
  iff: '⇔',
  mapsto: '↦',
  uparrow: '↑',
  downarrow: '↓',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  oint: '∮',
  sqrt: '√',
  prime: '′',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  vdots: '⋮',
  ddots: '⋱',
  langle: '⟨',
  rangle: '⟩',
  lceil: '⌈',
  rceil: '⌉',
  lfloor: '⌊',
  rfloor: '⌋',
  mid: '|',
  vert: '|',
  lvert: '|',
  rvert: '|',
  Vert: '‖',
  lVert: '‖',
  rVert: '‖',
  parallel: '∥',
  perp: '⊥',
  top: '⊤',
  bot: '⊥',
  angle: '∠',
  degree: '°',
  ell: 'ℓ',
  hbar: 'ℏ',
  Re: 'ℜ',
  Im: 'ℑ',
  aleph: 'ℵ',
  dagger: '†',
  triangle: '△',
  square: '□',
  checkmark: '✓',
  lbrace: '{',
  rbrace: '}',
  '{': '{',
  '}': '}',
  '%': '%',
  $: '$',
  '&': '&',
  '#': '#',
  _: '_',
  '|': '‖',
};
/** Commands dropped with their spacing: `\left(` is `(`, `\,` a thin space. */
const DROPPED = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'displaystyle',
  'textstyle',
  'limits',
  'nolimits',
  '!',
  'nonumber',
  'notag',
]);
const SPACES = new Set([',', ';', ':', ' ', 'quad', 'qquad', 'enspace', 'thinspace']);
/** Commands whose argument is shown as it is: fonts and text. */
const FONTS = new Set([
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathscr',
  'mathfrak',
  'boldsymbol',
  'bm',
  'text',
  'textrm',
  'textit',
  'textbf',
  'textsf',
  'texttt',
  'emph',
  'operatorname',
  'mbox',
  'hbox',
  'rm',
  'mathnormal',
]);
/** Accents over their argument, as combining marks. */
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  widehat: '\u0302',
  bar: '\u0304',
  overline: '\u0305',
  tilde: '\u0303',
  widetilde: '\u0303',
  vec: '\u20D7',
  dot: '\u0307',
  ddot: '\u0308',
  check: '\u030C',
};
const BLACKBOARD: Record<string, string> = {
  R: 'ℝ',
  N: 'ℕ',
  Z: 'ℤ',
  Q: 'ℚ',
  C: 'ℂ',
  P: 'ℙ',
  E: '𝔼',
};
const SUPERSCRIPT: Record<string, string> = {
  ...SUPERSCRIPT_DIGITS,
  // A raised list of numbers (`^{1,2}`, a superscript citation as MinerU writes it) stays a list.
  ',': ',',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
  '′': '′',
  '∗': '*',
  '*': '*',
};
const SUBSCRIPT: Record<string, string> = {
  ...SUBSCRIPT_DIGITS,
  a: 'ₐ',
  e: 'ₑ',
  o: 'ₒ',
  x: 'ₓ',
  h: 'ₕ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  p: 'ₚ',
  s: 'ₛ',
  t: 'ₜ',
  i: 'ᵢ',
  j: 'ⱼ',
  r: 'ᵣ',
  u: 'ᵤ',
  v: 'ᵥ',
};

/** Reads LaTeX from `at`: one argument (a `{…}` group, a command, or one character). */
class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  get done(): boolean {
    return this.at >= this.source.length;
  }

  /** The text of everything up to `until` (a closing brace) or the end, converted. */
  run(until?: string): string {
    let out = '';
    while (!this.done) {
      const c = this.source.charAt(this.at);
      if (c === until) {
        this.at++;
        return out;
      }
      out += this.piece();
    }
    return out;
  }

  /** One piece: a group, a command with its arguments, a script, or a character. */
  private piece(): string {
    const c = this.source.charAt(this.at++);
    if (c === '{') return this.run('}');
    if (c === '\\') return this.command();
    if (c === '^') return script(this.argument(), SUPERSCRIPT, '^');
    if (c === '_') return script(this.argument(), SUBSCRIPT, '_');
    if (c === '~' || c === '&') return ' ';
    if (c === '-') return '−';
    if (c === "'") return '′';
    return c;
  }

  /** The next argument: a `{…}` group, or one command or character (spaces before it skipped). */
  argument(): string {
    while (this.source.charAt(this.at) === ' ') this.at++;
    if (this.done) return '';
    return this.piece();
  }

  private command(): string {
    const name = /^(?:[A-Za-z]+|.)/.exec(this.source.slice(this.at))?.[0] ?? '';
    this.at += name.length;
    if (DROPPED.has(name)) return '';
    // `\begin{aligned}` … `\\` … `\end{aligned}`: the environment's name dropped, its rows spaced.
    if (name === 'begin' || name === 'end') {
      this.argument();
      return ' ';
    }
    if (name === '\\') return ' ';
    if (name === 'tag') return ` (${this.argument()})`;
    if (SPACES.has(name)) return ' ';
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      const [top, bottom] = [this.argument(), this.argument()];
      return `${grouped(top)}/${grouped(bottom)}`;
    }
    if (name === 'sqrt') return `√${grouped(this.argument())}`;
    if (name === 'mathbb') {
      const letter = this.argument();
      return BLACKBOARD[letter] ?? letter;
    }
    if (FONTS.has(name)) return this.argument();
    const accent = ACCENTS[name];
    if (accent !== undefined) return `${this.argument()}${accent}`;
    return SYMBOLS[name] ?? name;
  }
}

/** `a+b` → `(a+b)` where a fraction or root needs the brackets: more than one term. */
function grouped(text: string): string {
  const t = text.trim();
  return /^√?[\p{L}\p{N}.′]*$/u.test(t) || /^\(.*\)$/.test(t) ? t : `(${t})`;
}

/** Raised or lowered text in Unicode where every character has its script form, else `^(…)`. */
function script(text: string, forms: Record<string, string>, mark: string): string {
  const chars = [...text.replaceAll(' ', '')];
  if (chars.length === 0) return mark;
  if (chars.every((c) => forms[c] !== undefined)) return chars.map((c) => forms[c]).join('');
  return chars.length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

/** LaTeX mathematics (what stands between the dollars) as plain Unicode text. */
export function latexText(math: string): string {
  return new Reader(math).run().replace(/\s+/g, ' ').trim().normalize('NFC');
}
