/**
 * The version of a stored parsed paper's shape, apart from its schema (`paper-model-schema.ts`),
 * which is loaded only when a stored model is read back.
 */

/**
 * Version of the stored record's shape; a record of another shape is re-parsed. 2: a PDF's
 * unreadable pages are kept beside the paper (`unreadablePages`, absent when every page read);
 * a record of schema 1 (none kept) is still read.
 */
export const MODEL_SCHEMA = 2;
