/**
 * Paper and reference ids for tests: literal ids branded in one place instead of cast at each use.
 */
import { asPaperId, asReferenceId, type PaperId, type ReferenceId } from '../types';

/** A literal paper id for a test (`pid('sha256:…')`). */
export const pid = (s: string): PaperId => asPaperId(s);

/** A well-formed id of a made-up paper, `sha256:` and 64 times `hex`. */
export const fakePaperId = (hex: string): PaperId => asPaperId(`sha256:${hex.repeat(64)}`);

/** A literal reference id for a test (`rid('ref-8')`). */
export const rid = (s: string): ReferenceId => asReferenceId(s);
