/**
 * Checking a file before it is parsed as a paper: is it a text or Markdown file we can read, is
 * it empty, too large, or binary? Decodes it (UTF-8, UTF-16 with a byte-order mark, or
 * Windows-1252 for older text files) and says, in a sentence a person can act on, why not.
 * PDFs go elsewhere (`src/paper/pdf/`): {@link isPdfFile} tells the caller which way to route.
 */

import { quoted } from './isolate';
import { judgeText } from './pdf/text-layer-quality';

/** Largest source we open: 20 MB is far beyond any paper's text, and parsing stays quick. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** Bytes sampled to judge whether a file is binary. */
const SAMPLE_BYTES = 64 * 1024;
/** Above this share of control characters (besides tab, newline, form feed), text is binary. */
const MAX_CONTROL_RATIO = 0.1;
/**
 * NUL bytes allowed per byte of the sample (and always one): a stray NUL or a few, left by an
 * editor or a bad conversion, do not make a text binary. Binary data holds far more: random or
 * compressed bytes are one NUL in 256, images and archives more, UTF-16 without a byte-order mark
 * every other byte.
 */
const MAX_NUL_RATIO = 1 / 1000;

const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  'txt',
  'text',
  'asc',
  'rst',
  'tex',
  'org',
  '',
]);
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  'md',
  'markdown',
  'mdown',
  'mkd',
  'mkdn',
  'mdtext',
]);

/** The outcome of {@link checkPaperSource}. */
export type SourceCheck =
  { ok: true; text: string; format: 'text' | 'markdown' } | { ok: false; reason: string };

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Does this file look like a PDF (by its `%PDF-` signature, or failing bytes, its name)? */
export function isPdfFile(fileName: string, bytes?: Uint8Array): boolean {
  if (bytes && bytes.length >= 5) {
    return (
      bytes[0] === 0x25 &&
      bytes[1] === 0x50 &&
      bytes[2] === 0x44 &&
      bytes[3] === 0x46 &&
      bytes[4] === 0x2d
    );
  }
  return extensionOf(fileName) === 'pdf';
}

function formatBytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Judges from a sample of the bytes whether they are binary: more NUL bytes than
 * {@link MAX_NUL_RATIO} allows (`'nul'`), or more other control characters (tab, newline, CR and
 * form feed excepted) than {@link MAX_CONTROL_RATIO} (`'controls'`); null when they are not.
 */
function looksBinary(bytes: Uint8Array): 'nul' | 'controls' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  let nul = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  const nulAllowed = Math.max(1, Math.floor(sample.length * MAX_NUL_RATIO));
  if (nul > nulAllowed) return 'nul';
  return control > sample.length * MAX_CONTROL_RATIO ? 'controls' : null;
}

/** A line break or space in every this many characters, at least: words and lines, not data. */
const MAX_CHARS_PER_SPACE = 40;

/** Does the text hold a space or line break in every {@link MAX_CHARS_PER_SPACE} characters? */
function inWordsAndLines(text: string): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a) spaces++;
  }
  return spaces * MAX_CHARS_PER_SPACE >= text.length;
}

/**
 * Decodes with a byte-order mark if there is one, else UTF-8, else Windows-1252; null if the bytes
 * look binary. Control codes set out in words and lines of valid UTF-8 are a text (the glyph codes
 * a PDF's unmapped fonts give, which the caller refuses as such), not binary data. A stray NUL
 * comes through as U+0000 (dropped by the caller).
 */
function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const binary = looksBinary(bytes);
  if (binary === 'nul') return null;
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: most likely an older Windows or Latin-1 text file, read below.
  }
  if (binary === 'controls') return utf8 !== null && inWordsAndLines(utf8) ? utf8 : null;
  return utf8 ?? decodeWindows1252(bytes);
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €, ...); other bytes are
 * their Latin-1 code points. Decoded by hand: some runtimes' TextDecoder reads `windows-1252` as
 * plain Latin-1, which turns curly quotes into invisible control characters.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const b of bytes)
    chars.push(
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b),
    );
  return chars.join('');
}

/**
 * Why a file of `size` bytes cannot be a paper (empty, or too large), or null when its size is
 * fine. Callers check this before reading a file, so a huge drop never loads into memory.
 */
export function checkSourceSize(fileName: string, size: number): string | null {
  const name = quoted(fileName);
  if (size === 0) return `${name} is empty: there is no text to read.`;
  if (size > MAX_SOURCE_BYTES) {
    return `${name} is too large (${formatBytes(size)}): Marginalia opens text files up to ${formatBytes(MAX_SOURCE_BYTES)}.`;
  }
  return null;
}

/**
 * Checks a file meant to be read as a paper and decodes it. Refuses, with a reason a person can
 * act on, a file with an unsupported extension, an empty or blank file, one over
 * {@link MAX_SOURCE_BYTES}, a binary one, and one whose characters are not letters (the control
 * codes and stand-ins a PDF's unmapped fonts give, judged as a PDF page's text is: see
 * `judgeText`); stray NUL bytes in a text are dropped. The format comes from the extension: `.md` and
 * `.markdown` are Markdown, `.txt` and other text extensions (or none) are text.
 */
export function checkPaperSource(bytes: Uint8Array, fileName: string): SourceCheck {
  const name = quoted(fileName);
  const extension = extensionOf(fileName);
  const markdown = MARKDOWN_EXTENSIONS.has(extension);
  if (!markdown && !TEXT_EXTENSIONS.has(extension)) {
    return {
      ok: false,
      reason: `${name} is not a file Marginalia can read: open a PDF (.pdf), a text (.txt) or a Markdown (.md) file.`,
    };
  }
  const sizeProblem = checkSourceSize(fileName, bytes.length);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  const text = decode(bytes);
  if (text === null) {
    return {
      ok: false,
      reason: `${name} is not a text file (it holds binary data): save it as plain text or Markdown and open that.`,
    };
  }
  // A stray NUL is dropped: it has no place in a paper's text, and nothing shows it.
  const body = text.replace(/^\uFEFF/, '').replaceAll('\0', '');
  if (body.trim() === '')
    return { ok: false, reason: `${name} is empty: there is no text to read.` };
  if (judgeText(body) !== null) {
    return {
      ok: false,
      reason: `${name} does not read as text: its characters are codes that stand for no letters, which is what text taken from a PDF whose fonts don't map to letters looks like. Such a paper can only be read with OCR.`,
    };
  }
  return { ok: true, text: body, format: markdown ? 'markdown' : 'text' };
}
