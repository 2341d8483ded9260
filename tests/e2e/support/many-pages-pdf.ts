/**
 * A PDF of many pages, written by hand (PDF 1.4, standard Helvetica) like
 * `src/paper/pdf/__fixtures__/make-pdfs.mjs`: a title on page 1, then four lines of words that
 * differ from page to page (identical lines on every page would be dropped as running headers).
 * Some 400 bytes a page, so 2,000+ pages cost nothing to make.
 */
import { pdfFile } from '../../../src/paper/pdf/pdf-file';

const WORDS =
  'reading margins claims sources argue notes paper habit scholars books evidence close marks trust careful readers'.split(
    ' ',
  );

const text = (x: number, y: number, size: number, s: string) =>
  `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

function pageContent(page: number, title: string): string {
  // Words picked by a little generator seeded with the page: no two pages share a line, and the
  // lines move down the page, so none of them looks like a running header.
  let seed = page * 2654435761;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length]!;
  };
  const line = () => Array.from({ length: 10 }, word).join(' ');
  const top = 700 - (page % 17) * 12;
  const lines = [0, 1, 2, 3].map((i) => text(72, top - i * 12, 10, `${line()}.`));
  if (page === 1) lines.unshift(text(72, 740, 18, title));
  return lines.join('\n');
}

/** The bytes of a PDF of `pages` pages whose first page is headed `title`. */
export function manyPagesPdf(pages: number, title: string): Buffer {
  const objects: string[] = ['', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const content = pageContent(p, title);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${objects.length} 0 R ` +
        '/Resources << /Font << /F1 3 0 R >> >> >>',
    );
    kids.push(objects.length);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  return Buffer.from(pdfFile(objects));
}
