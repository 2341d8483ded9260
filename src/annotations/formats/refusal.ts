/**
 * How a refused annotation file is told: what is wrong, then what to do about it. A file that is
 * annotations but broken came out of some program wrong or was changed on the way: a fresh copy
 * from where it came is the way on.
 */
export const cannotImport = (detail: string): string =>
  `This file cannot be imported: ${detail}. Export it again, or ask whoever sent it for a fresh copy.`;
