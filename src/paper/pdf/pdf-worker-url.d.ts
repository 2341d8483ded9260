/**
 * The URL of pdf.js's worker script as the app serves it: `build/pdf.worker.min.mjs` patched to
 * report fonts' names with the text (`pdf-worker-patch.ts`; made by vite.config.ts).
 */
declare module 'virtual:pdf-worker-url' {
  const url: string;
  export default url;
}

/**
 * What pdf.js's `getDocument` is given to find its CMaps (`pdfjs-dist/cmaps/*.bcmap`), which CJK
 * fonts with a predefined CMap and no ToUnicode need to read as text: in the app, the `cmaps/`
 * folder the build serves beside `assets/`, fetched by pdf.js's worker itself, and only when a
 * document needs one; in Node (tests), the folder in node_modules (made by vite.config.ts).
 */
declare module 'virtual:pdf-cmaps' {
  const params: { cMapUrl: string; cMapPacked: true; useWorkerFetch?: boolean };
  export default params;
}
