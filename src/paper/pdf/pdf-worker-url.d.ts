/**
 * The URL of pdf.js's worker script as the app serves it: `build/pdf.worker.min.mjs` patched to
 * report fonts' names with the text (`pdf-worker-patch.ts`; made by vite.config.ts).
 */
declare module 'virtual:pdf-worker-url' {
  const url: string;
  export default url;
}
