/**
 * The fault-injection suite in Chromium: damaged stored state, hostile files and script payloads,
 * table-driven, on one browser with a fresh context per case. Prints one table when it is done:
 * category | tried | handled | lost | blank screens. Run alone with
 * `npx vite build && npx vitest run --project e2e tests/e2e/faults`.
 */
import { printTableAfterAll, setupFaults } from './harness';
import { hostileFileCases } from './hostile-files.cases';
import { injectionCases } from './injection.cases';
import { storedStateCases } from './stored-state.cases';

const faults = setupFaults();
printTableAfterAll();

storedStateCases(faults);
hostileFileCases(faults);
injectionCases(faults);
