/** The bench project's global setup: after every benchmark has run, one goal table is written. */
import { writeGoalTable } from './goals';

export function teardown(): void {
  writeGoalTable();
}
