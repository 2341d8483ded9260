/**
 * The browser boundary for downloads: saves a string as a file the reader keeps.
 */

/** Offers `content` as a download named `fileName`. */
export function downloadText(
  fileName: string,
  content: string,
  mimeType = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
