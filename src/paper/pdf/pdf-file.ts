/**
 * The bytes of a PDF file made of `objects` (object 1 the catalog): each written as `n 0 obj`,
 * then the cross-reference table and the trailer. For the small PDFs the app and its tests write
 * themselves (the first-PDF warm-up, fixtures); characters are written one byte each (Latin-1),
 * so object bodies hold ASCII or Latin-1 text only. Pure.
 */
export function pdfFile(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
