/**
 * Paper ids for tests: literal ids branded in one place instead of cast at each use.
 */
import { asPaperId, type PaperId } from '../types';

/** A literal paper id for a test (`pid('sha256:…')`). */
export const pid = (s: string): PaperId => asPaperId(s);

/** A well-formed id of a made-up paper, `sha256:` and 64 times `hex`. */
export const fakePaperId = (hex: string): PaperId => asPaperId(`sha256:${hex.repeat(64)}`);
