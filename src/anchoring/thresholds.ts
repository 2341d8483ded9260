/**
 * The thresholds that decide whether a match is the annotated passage, in one place.
 *
 * They are what keeps a deleted passage an orphan instead of a highlight on some look-alike
 * sentence; each says why it has its value. The benchmark (`bench/anchoring.bench.ts`) shows what
 * moving one does to correct and wrong anchors.
 */

/**
 * Least share of the quote's (folded) characters that must survive: up to 15% may be edited. That
 * covers the ~10% of a quote a typo fix or a re-extraction usually changes, with room for one more
 * edit in a 20-character quote, while unrelated text of the same length differs by half or more.
 */
export const MIN_QUOTE_SIMILARITY = 0.85;

/** Context this similar (0..1) on at least one side counts as "the same surroundings". */
export const MIN_CONTEXT_SIMILARITY = 0.75;

/**
 * A quote at least this long (folded) identifies its passage by itself; a shorter one ("the model
 * predicts") also needs one side of its context to agree, or it would attach to any look-alike.
 */
export const SELF_EVIDENT_QUOTE_CHARS = 64;

/**
 * Longest run of inserted text forgiven inside a quote or its context: a running header with its
 * page number, but not a whole paragraph moved in between.
 */
export const MAX_SKIPPED_RUN = 100;

/**
 * A passage that recurs with the same context (copies of one sentence that quote and context
 * cannot tell apart) is anchored only where it is expected, give or take this many characters plus
 * the uncertainty of the expectation (`calibrate-hints.ts`): about one paragraph inserted or
 * deleted between the passage and the nearest evidence of where its part of the text went. Outside
 * that window it is an orphan: another copy of the sentence is not the annotated passage, and a
 * highlight silently moved to it is worse than an orphan the reader re-attaches.
 */
export const EXPECTED_POSITION_SLACK = 1000;

/**
 * How much offsets may drift per character between a point whose drift is known and the passage:
 * a re-extraction adds a running header per page, rewraps lines and moves hyphens, a percent or so.
 */
export const MAX_DRIFT_RATE = 0.02;

/**
 * Most that neighbours disagreeing about the drift widen that window. Beyond it they are no guide
 * (paragraphs moved around there), and it is better to orphan than to accept any copy in reach.
 */
export const MAX_DRIFT_SPREAD = 4 * EXPECTED_POSITION_SLACK;
