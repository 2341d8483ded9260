/**
 * Keeps Node's own `Array.prototype.push` across the import of pdf.js's Node build. That build
 * (`pdfjs-dist/legacy`) carries core-js, which on Node 20 (V8 11) replaces `push` with a
 * JavaScript one that looks up the array's `length` descriptor on every call: every `push` in
 * our layout and parser then costs several times what it does in the app, whose pdf.js (the
 * modern build, in Chromium) leaves `push` alone. Import this module before pdf.js, and call
 * {@link restoreNativePush} once pdf.js is loaded, so a benchmark measures what the app runs.
 * pdf.js's worker script carries core-js too: `loadNodePdfJs` (src/paper/pdf/pdfjs-node.ts)
 * imports it before pdf.js, so the one restore covers both. (Until session 26 pdf.js imported its
 * worker at the first document, after the restore, and the benchmarks ran on core-js's `push`.)
 */
const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');

/** Puts Node's own `push` back, if a polyfill replaced it; says whether it had been replaced. */
export function restoreNativePush(): boolean {
  const now = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  if (nativePush === undefined || now?.value === nativePush.value) return false;
  Object.defineProperty(Array.prototype, 'push', nativePush);
  return true;
}
