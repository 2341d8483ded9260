/**
 * The YAML front matter a paper written in Markdown opens with (JOSS's `paper.md`, R Markdown,
 * Quarto, Pandoc): its title and its authors' names, which the paper's text does not repeat, so a
 * reader would otherwise see neither. Not a YAML reader: the few forms these headers are written
 * in (`title: '…'`, a folded `title: >`, `author: "…"`, a list of `- name: …` or of names).
 */

/** What the front matter gives, and the source's lines after it. */
export interface FrontMatter {
  title: string | null;
  authors: string[];
  rest: string[];
}

const OPEN = /^---\s*$/;
const CLOSE = /^(?:---|\.\.\.)\s*$/;
/** A key at the top level: `title: …`, `authors:`. */
const TOP_KEY = /^([A-Za-z][\w-]*):[ \t]*(.*)$/;
/** An item of a list, `- name: Ann Smith` or `- Ann Smith`. */
const LIST_ITEM = /^\s+-\s+(?:name:\s*)?(.*)$/;
/** A key inside an item (`    name: Ann Smith`), for an item that opens with another key. */
const NAME_KEY = /^\s+name:\s*(.*)$/;

/** A scalar as written: quotes taken off, a trailing `# comment` dropped. */
function scalar(value: string): string {
  const text = value.trim();
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return (quoted[2] ?? '').replace(quoted[1] === "'" ? /''/g : /\\"/g, quoted[1] ?? '');
  return text.replace(/\s+#.*$/, '').trim();
}

/** Reads a front matter block at the very top of `lines`; the lines as they are when there is none. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none = { title: null, authors: [], rest: [...lines] };
  if (!OPEN.test(lines[0] ?? '')) return none;
  const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close < 0) return none;
  let title: string | null = null;
  const authors: string[] = [];
  let key = '';
  let folded: string[] | null = null;
  for (const line of lines.slice(1, close)) {
    const top = TOP_KEY.exec(line);
    if (top) {
      key = (top[1] ?? '').toLowerCase();
      const value = top[2] ?? '';
      folded = null;
      if (key === 'title') {
        if (/^[>|][+-]?$/.test(value.trim())) folded = [];
        else if (value.trim() !== '') title = scalar(value);
      } else if ((key === 'author' || key === 'authors') && value.trim() !== '')
        authors.push(...value.split(/\s+and\s+|;/).map(scalar));
      continue;
    }
    if (key === 'title' && folded !== null && /^\s+\S/.test(line)) {
      folded.push(line.trim());
      title = folded.join(' ');
      continue;
    }
    if (key !== 'author' && key !== 'authors') continue;
    const item = LIST_ITEM.exec(line);
    const name = item ? item[1] : NAME_KEY.exec(line)?.[1];
    // An item opening with another key (`- orcid: …`) names no one; its `name:` below does.
    if (name !== undefined && !(item && /^[\w-]+:\s/.test(name)) && name.trim() !== '')
      authors.push(scalar(name));
  }
  return {
    title: title === '' ? null : title,
    authors: authors.filter((a) => a !== ''),
    rest: lines.slice(close + 1),
  };
}
