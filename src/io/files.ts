/**
 * The browser boundary for files: reading a picked or dropped `File`, and fetching the paper that
 * ships with the app.
 */

/** Reads a picked or dropped file's bytes. */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Fetches a file bundled with the app (under `public/`), relative to the page. */
export async function fetchBundledFile(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
