/**
 * Tables in a converter's Markdown, read as rows of cell texts: an HTML `<table>` (MinerU writes
 * each on one line, `<table><tr><td>Method</td>…</tr></table>`; Marker and Pandoc over several
 * lines) and a pipe table (`| a | b |` over a `|---|---|` rule row, as Marker, docling and Pandoc
 * write them). The paper shows a table as text, a row a line and its cells set apart by ` | `,
 * never its markup.
 */
import { stripInlineMarkup } from './inline-markup';

/** A line that opens an HTML table (CommonMark lets it interrupt a paragraph). */
export const HTML_TABLE_START = /^ {0,3}<table\b/i;
const HTML_TABLE_END = /<\/table\s*>/i;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr\s*>|(?=<tr\b)|$)/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)(?:<\/t[dh]\s*>|(?=<t[dh]\b)|$)/gi;
/** Tags a cell's text never shows (its own inline tags are stripped with the Markdown). */
const BLOCK_TAGS = /<\/?(?:table|thead|tbody|tfoot|tr|colgroup|col|caption|p|div)\b[^>]*>/gi;

/** The separator between a row's cells in the table's text. */
const CELL_SEPARATOR = ' | ';

/**
 * Where the HTML table opening at `start` ends: the index of the line holding `</table>`, or of
 * the last line before a blank one when the table is never closed (nothing past it is swallowed).
 */
export function htmlTableEnd(lines: readonly string[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (HTML_TABLE_END.test(line)) return i;
    if (i > start && line.trim() === '') return i - 1;
  }
  return lines.length - 1;
}

/** An HTML table's rows, each the texts of its non-empty cells. */
export function htmlTableRows(html: string): string[][] {
  const rows: string[][] = [];
  for (const row of html.matchAll(ROW)) {
    const cells: string[] = [];
    for (const cell of (row[1] ?? '').matchAll(CELL)) {
      const text = cellText((cell[1] ?? '').replace(BLOCK_TAGS, ' '));
      if (text !== '') cells.push(text);
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** A pipe table's rule row: `|---|:--:|`, `--- | ---` (at least one `|`, only dashes and colons). */
const RULE_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^ {0,3}\|\s*:?-+:?\s*\|\s*$/;

/** Does a pipe table start at `lines[start]`: a row with a `|`, then a rule row? */
export function isPipeTableStart(lines: readonly string[], start: number): boolean {
  const head = lines[start] ?? '';
  return head.includes('|') && !RULE_ROW.test(head) && RULE_ROW.test(lines[start + 1] ?? '');
}

/** Where the pipe table opening at `start` ends: its last line holding a `|`. */
export function pipeTableEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end + 1 < lines.length && (lines[end + 1] ?? '').includes('|')) end++;
  return end;
}

/** A pipe table's rows (its rule rows left out), each the texts of its non-empty cells. */
export function pipeTableRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const line of lines) {
    if (RULE_ROW.test(line)) continue;
    const cells = splitPipes(line.trim())
      .map(cellText)
      .filter((c) => c !== '');
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** A table's rows as the text the paper shows: a row a line, its cells set apart. */
export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.join(CELL_SEPARATOR)).join('\n');
}

/** A row's cells: split at each `|` not escaped (`\|`) nor in a code span; edge pipes dropped. */
function splitPipes(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      code = !code;
      cell += c;
    } else if (c === '|' && !code) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  if (line.startsWith('|')) cells.shift();
  if (line.endsWith('|') && !line.endsWith('\\|')) cells.pop();
  return cells;
}

/** A cell's text: its inline markup stripped, its line breaks and runs of spaces one space. */
function cellText(raw: string): string {
  return stripInlineMarkup(raw.replace(/<br\s*\/?>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that opens a LaTeX table or tabular (Nougat writes its tables so). */
export const LATEX_TABLE_START = /^\s*\\begin\{(table\*?|tabular[x*]?|longtable)\}/;

/**
 * Where the LaTeX table opening at `start` ends: the line holding its `\end{…}` (of the same
 * environment), or of the last line before a blank one when it is never closed.
 */
export function latexTableEnd(lines: readonly string[], start: number): number {
  const name = LATEX_TABLE_START.exec(lines[start] ?? '')?.[1] ?? 'table';
  const end = `\\end{${name}}`;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes(end) && (i > start || line.indexOf(end) > line.indexOf('\\begin'))) return i;
    if (i > start && line.trim() === '') return i - 1;
  }
  return lines.length - 1;
}

/** A tabular's column spec after `\begin{tabular}` (`{|l|c|}`, `{@{}lr@{}}`), one brace deep. */
const TABULAR_BEGIN =
  /\\begin\{(?:tabular[x*]?|longtable)\}(?:\{[^{}]*\})?\{(?:[^{}]|\{[^{}]*\})*\}/g;
const TABULAR_END = /\\end\{(?:tabular[x*]?|longtable)\}/g;
/** A tabular nested in a cell (a header over two lines), innermost first. */
const NESTED_TABULAR =
  /\\begin\{tabular\}\{[^{}]*\}((?:(?!\\begin\{tabular\})[\s\S])*?)\\end\{tabular\}/;
const RULES =
  /\\(?:hline|toprule|midrule|bottomrule|hhline\{[^}]*\}|cline\{[^}]*\}|cmidrule(?:\([^)]*\))?\{[^}]*\}|centering|small|footnotesize|scriptsize)\b/g;
const TABLE_ENV = /\\(?:begin|end)\{table\*?\}|\\caption\{[^{}]*\}|\\label\{[^{}]*\}/g;
/** `\multicolumn{2}{c}{X}`, `\multirow{2}{*}{X}`, `\textbf{X}` and the like: X. */
const WRAPPED =
  /\\(?:multicolumn\{[^{}]*\}\{[^{}]*\}|multirow\{[^{}]*\}\{[^{}]*\}|textbf|textit|textrm|emph|mathbf|underline)\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/** A LaTeX table's rows, each the texts of its non-empty cells. */
export function latexTableRows(latex: string): string[][] {
  let body = latex.replace(TABLE_ENV, ' ');
  // A cell's own tabular (while another holds it): its rows read on one line.
  for (
    let nested = NESTED_TABULAR.exec(body);
    nested && body.split('\\begin{tabular}').length > 2;
    nested = NESTED_TABULAR.exec(body)
  )
    body = body.replace(nested[0], () => (nested[1] ?? '').replace(/\\\\/g, ' '));
  body = body.replace(TABULAR_BEGIN, ' ').replace(TABULAR_END, ' ').replace(RULES, ' ');
  for (let i = 0; i < 3 && WRAPPED.test(body); i++) body = body.replace(WRAPPED, '$1');
  const rows: string[][] = [];
  for (const row of body.split(/\\\\(?:\[[^\]]*\])?/)) {
    const cells = row
      .split(/(?<!\\)&/)
      .map((c) => cellText(c.replace(/\\([%&#_$])/g, '$1')))
      .filter((c) => c !== '');
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}
