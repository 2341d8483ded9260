/**
 * The parser's version, apart from the parser so that the main thread can tell whether a stored
 * paper model is current without loading the parser (which runs in the paper worker).
 */

/**
 * Version of the parser's output. Bump it whenever the same source would parse differently, so
 * that stored papers are re-parsed (and annotations re-anchored) with the new parser.
 */
export const PARSER_VERSION = 35;
