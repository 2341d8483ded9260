/**
 * The version of a stored parsed paper's shape, apart from its schema (`paper-model-schema.ts`),
 * which is loaded only when a stored model is read back.
 */

/** Version of the stored record's shape; a record of another shape is re-parsed. */
export const MODEL_SCHEMA = 1;
