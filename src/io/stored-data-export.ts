/**
 * The last-resort export when the app could not start: every stored key of ours exactly as it is
 * in localStorage, as one JSON file (key → raw value), so nothing depends on this build reading it.
 */
import { downloadText } from './download';

/** Collects every key starting with `prefix` from `area` (localStorage when omitted). */
export function collectStoredData(
  prefix: string,
  area: Pick<Storage, 'length' | 'key' | 'getItem'> = localStorage,
): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < area.length; i++) {
    const key = area.key(i);
    const value = key === null ? null : area.getItem(key);
    if (key?.startsWith(prefix) && value !== null) out[key] = value;
  }
  return out;
}

/** Downloads every stored key starting with `prefix` as it is; never throws. */
export function downloadStoredData(prefix: string): void {
  let data: Record<string, string> = {};
  try {
    data = collectStoredData(prefix);
  } catch (error) {
    console.warn('Could not read browser storage for the export', error);
  }
  const day = new Date().toISOString().slice(0, 10);
  downloadText(`marginalia-stored-data-${day}.json`, JSON.stringify(data, null, 2));
}
