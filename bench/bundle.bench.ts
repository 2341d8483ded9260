/**
 * Bundle benchmark: builds the app into a temporary folder and puts the first-load JavaScript
 * (gzipped) in the goal table (issue 9: under 120 kB), beside all the JavaScript the build ships,
 * lazy chunks and workers included, from the same build. The measuring is `scripts/check-bundle.mjs`
 * (the budget CI enforces), asked for JSON, so the table and the build check cannot disagree.
 *
 * Run: `npm run bench -- bench/bundle.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { recordGoals } from './goals';

/** What `check-bundle.mjs --json` prints. */
interface BundleSummary {
  firstLoadKb: number;
  allKb: number;
  budgetKb: number;
  goalKb: number;
  files: Array<{ file: string; gzip: number }>;
}

const ROOT = path.resolve(__dirname, '..');

/** Runs the bundle check on `dist`, whatever its verdict (it exits 1 over budget). */
function checkBundle(dist: string): BundleSummary {
  const args = ['scripts/check-bundle.mjs', `--dist=${dist}`, '--json'];
  try {
    return JSON.parse(execFileSync('node', args, { cwd: ROOT, encoding: 'utf8' })) as BundleSummary;
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return JSON.parse(stdout) as BundleSummary;
    throw error;
  }
}

/**
 * This process's environment without what Vitest put in it (NODE_ENV=test, MODE, DEV, PROD, …),
 * which would make Vite build React's development bundle.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

describe('bundle benchmark', () => {
  it('measures the first-load JavaScript of a fresh build', { timeout: 300_000 }, () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'marginalia-bundle-'));
    try {
      const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      execFileSync(process.execPath, [vite, 'build', '--outDir', dist, '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: buildEnv(),
      });
      const s = checkBundle(dist);
      const share = (100 * s.firstLoadKb) / s.allKb;
      console.log(
        `First-load JavaScript ${s.firstLoadKb.toFixed(1)} kB gz of ${s.allKb.toFixed(1)} kB in all`,
      );
      recordGoals('bundle', [
        {
          issue: '9',
          figure: `first-load JavaScript, gzipped (${s.files.length} file${s.files.length === 1 ? '' : 's'})`,
          baseline: `all JavaScript of the same build, lazy and workers included: ${s.allKb.toFixed(1)} kB`,
          goal: `< ${s.goalKb} kB (build fails above ${s.budgetKb} kB)`,
          measured: `${s.firstLoadKb.toFixed(1)} kB (${share.toFixed(0)}% of all)`,
          met: s.firstLoadKb < s.goalKb,
        },
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
