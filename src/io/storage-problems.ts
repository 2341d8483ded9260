/**
 * Where the storage's problems go: to the listeners, or, before anyone listens (while loading),
 * kept and delivered on subscribing. `null` means writes succeed again, and takes back the write
 * problems not yet delivered.
 */
import type { StorageProblem } from '../annotations/persisted';

export interface ProblemChannel {
  report(problem: StorageProblem | null): void;
  /** Listens for problems; those reported before are delivered now. Returns the unsubscribe. */
  onProblem(listener: (problem: StorageProblem | null) => void): () => void;
}

export function createProblemChannel(): ProblemChannel {
  const listeners = new Set<(problem: StorageProblem | null) => void>();
  let undelivered: StorageProblem[] = [];
  return {
    report(problem) {
      if (listeners.size) for (const listener of listeners) listener(problem);
      else if (problem) undelivered.push(problem);
      else undelivered = undelivered.filter((p) => p.kind !== 'quota' && p.kind !== 'write');
    },
    onProblem(listener) {
      listeners.add(listener);
      for (const problem of undelivered) listener(problem);
      undelivered = [];
      return () => listeners.delete(listener);
    },
  };
}
