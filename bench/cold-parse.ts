/**
 * Our layout and parse COLD: what pdf.bench.ts measures (it reads a PDF once to warm up, then
 * takes the median of the next three) and what the app pays on a session's first papers. Each
 * PDF's items (pdf.js's, after the symbol-font lookup, cached by `pdf-outputs.ts dump`) are laid
 * out and parsed in fresh Node processes, four times each; runs 1–3 are the benchmark's. Figures
 * are CPU time (`process.cpuUsage`, user + system: V8 compiles and collects garbage on other
 * threads of the process), medians over processes, with their spread; the machines are shared.
 *
 * Run from the repository's root:
 *   npx rolldown -c bench/pdf-outputs.config.mjs && node node_modules/.pdf-outputs/pdf-outputs.mjs dump /tmp/out
 *   npx rolldown -c bench/cold-parse.config.mjs
 *   node node_modules/.cold-parse/cold-parse.mjs time /tmp/out/items [processes=8] [name-part]
 *   node node_modules/.cold-parse/cold-parse.mjs profile /tmp/out/items [processes=8] [name-part]
 * `profile` samples runs 1–3 only (the inspector's profiler, every 50 µs) and sums self time by
 * function and by source module over the processes.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId } from '../src/paper/types';
import { readPdfLayout } from '../src/paper/pdf/layout-pdf-text';
import { itemOf, type TextItem } from '../src/paper/pdf/text-item';

const ID = asPaperId(`sha256:${'0'.repeat(64)}`);
const SELF = fileURLToPath(import.meta.url);
/** Runs per process: one warm-up and the benchmark's three. */
const RUNS = 4;
/** Runs of the one process that gives the warm figure (the median of its last ten). */
const WARM_RUNS = 40;

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Run {
  layoutCpu: number;
  parseCpu: number;
  wall: number;
}

/** New items each run, as the bench's are, every item in the layout's one shape (`itemOf`). */
const itemsOf = (json: string): TextItem[][] =>
  (JSON.parse(json) as TextItem[][]).map((items) => items.map((item) => itemOf(item)));

function once(pages: TextItem[][]): Run {
  const [w0, c0] = [performance.now(), cpu()];
  const { text, lines } = readPdfLayout(pages);
  const c1 = cpu();
  parsePaper(text, { format: 'pdf', fileName: 'x.pdf', id: ID, ...(lines && { lines }) });
  const [w2, c2] = [performance.now(), cpu()];
  return { layoutCpu: c1 - c0, parseCpu: c2 - c1, wall: w2 - w0 };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface AllocationNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: AllocationNode[];
}

/** A sampled allocation profile as a CPU profile whose "microseconds" are bytes. */
function flatAllocations(head: AllocationNode): Profile {
  const profile: Profile = { nodes: [], samples: [], timeDeltas: [0] };
  // A built-in's allocations (an iterator's results, an array's growth) are named with the
  // nearest caller of ours: `next ← measureOwnItems`.
  const walk = (node: AllocationNode, caller: AllocationNode['callFrame'] | null) => {
    const id = profile.nodes.length + 1;
    const frame = node.callFrame;
    const native = frame.url === '' && caller !== null;
    profile.nodes.push({
      id,
      callFrame: native
        ? { ...caller, functionName: `${frame.functionName} ← ${caller.functionName}` }
        : frame,
    });
    profile.samples.push(id);
    profile.timeDeltas.push(node.selfSize);
    for (const child of node.children) walk(child, native || frame.url === '' ? caller : frame);
  };
  walk(head, null);
  return profile;
}

/**
 * The app's warm-up before the first paper (`paper.worker.ts`), with `COLD_PARSE_WARMUP` set to
 * `<items.json>:<times>[:lines]`: the items of the warm-up PDF (`warm-up-pdf.ts`) laid out and
 * parsed `times` times, its blocks placed on its lines with `lines` (the app parses it without).
 */
function warmUp(): void {
  const [file, times = '1', lines = ''] = (process.env.COLD_PARSE_WARMUP ?? '').split(':');
  if (!file) return;
  const json = readFileSync(file, 'utf8');
  for (let i = 0; i < Number(times); i++) {
    const layout = readPdfLayout(itemsOf(json));
    const placed = lines === 'lines' && layout.lines ? { lines: layout.lines } : {};
    parsePaper(layout.text, { format: 'pdf', fileName: 'warm-up.pdf', id: ID, ...placed });
  }
}

/** The child side: `runs` runs on fresh copies of the items; prints the runs (and a profile). */
function child(file: string, runs: number, how: string): void {
  const [profile, alloc, mark] = [
    how === 'profile' || how === 'alloc',
    how === 'alloc',
    how === 'mark',
  ];
  const json = readFileSync(file, 'utf8');
  warmUp();
  const out: Run[] = [];
  const session = profile ? new Session() : null;
  let result: Profile | undefined;
  // Made ahead when profiling, so that the profile holds runs 1–3 only.
  const made = profile ? Array.from({ length: runs }, () => itemsOf(json)) : [];
  for (let i = 0; i < runs; i++) {
    const pages = made[i] ?? itemsOf(json);
    if (session && i === 1) {
      session.connect();
      if (alloc)
        session.post('HeapProfiler.startSampling', {
          samplingInterval: 1024,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      session.post('Profiler.enable');
      session.post('Profiler.setSamplingInterval', { interval: 50 });
      session.post('Profiler.start');
    }
    // Between runs in V8's traces (`node --trace-opt --trace-deopt … child <file> 4 mark`).
    if (mark) console.log(`=== run ${i}`);
    out.push(once(pages));
    if (session && i === 3 && alloc)
      session.post('HeapProfiler.stopSampling', (err, res) => {
        if (!err)
          result = flatAllocations((res.profile as unknown as { head: AllocationNode }).head);
      });
    else if (session && i === 3)
      session.post('Profiler.stop', (err, res) => {
        if (!err) result = res.profile as unknown as Profile;
      });
  }
  console.log(JSON.stringify({ runs: out, profile: result }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (n: number) => n.toFixed(1);
/** The median and, in brackets, the least and the most. */
const spread = (values: number[]) =>
  `${fixed(median(values))} [${fixed(Math.min(...values))}–${fixed(Math.max(...values))}]`;

function spawn(
  file: string,
  runs: number,
  profile: boolean | 'alloc',
): { runs: Run[]; profile?: Profile } {
  const args = [
    'child',
    file,
    String(runs),
    profile === 'alloc' ? 'alloc' : profile ? 'profile' : '',
  ];
  // Node's flags for the children, to try V8's (`COLD_PARSE_FLAGS='--no-regexp-tier-up'`).
  const flags = (process.env.COLD_PARSE_FLAGS ?? '').split(' ').filter(Boolean);
  const out = execFileSync(process.execPath, [...flags, SELF, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out) as { runs: Run[]; profile?: Profile };
}

function filesOf(dir: string, part: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && new RegExp(part).test(f))
    .map((f) => path.join(dir, f));
}

function time(dir: string, processes: number, part: string): void {
  console.log(
    '| PDF | run 0 CPU | runs 1–3 CPU (bench figure: median of the three) | layout | parse | warm CPU |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const file of filesOf(dir, part)) {
    const first: number[] = [];
    const bench: number[] = [];
    const layout: number[] = [];
    const parse: number[] = [];
    for (let p = 0; p < processes; p++) {
      const { runs } = spawn(file, RUNS, false);
      const total = runs.map((r) => r.layoutCpu + r.parseCpu);
      first.push(total[0]!);
      bench.push(median(total.slice(1)));
      layout.push(median(runs.slice(1).map((r) => r.layoutCpu)));
      parse.push(median(runs.slice(1).map((r) => r.parseCpu)));
    }
    const warm = spawn(file, WARM_RUNS, false)
      .runs.slice(-10)
      .map((r) => r.layoutCpu + r.parseCpu);
    const name = path.basename(file, '.json');
    console.log(
      `| ${name} | ${spread(first)} | ${spread(bench)} | ${fixed(median(layout))} | ${fixed(median(parse))} | ${fixed(median(warm))} |`,
    );
  }
}

/** The bundle's module of each line (rolldown heads each module with a `// path` comment). */
function modulesByLine(): string[] {
  const lines = readFileSync(SELF, 'utf8').split('\n');
  let current = '(bundle)';
  return lines.map((line) => {
    const head = /^\/\/ ((?:src|bench)\/\S+\.tsx?)$/.exec(line);
    if (head) current = head[1]!;
    return current;
  });
}

/** Self time (ms) or, with `alloc`, bytes allocated (kB) per function and module in runs 1–3. */
function profile(dir: string, processes: number, part: string, alloc = false): void {
  const modules = modulesByLine();
  for (const file of filesOf(dir, part)) {
    const byFunction = new Map<string, number>();
    const byModule = new Map<string, number>();
    let total = 0;
    for (let p = 0; p < processes; p++) {
      const prof = spawn(file, RUNS, alloc ? 'alloc' : true).profile;
      if (!prof) continue;
      const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
      prof.samples.forEach((id, i) => {
        const ms = (prof.timeDeltas[i + 1] ?? 0) / 1000;
        const frame = nodes.get(id)!.callFrame;
        const mine = frame.url.endsWith('cold-parse.mjs');
        const module = mine ? modules[frame.lineNumber]! : frame.url || '(native)';
        const fn = `${frame.functionName || '(anonymous)'} ${mine ? `${module}:${frame.lineNumber + 1}` : module}`;
        byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
        byModule.set(module, (byModule.get(module) ?? 0) + ms);
        total += ms;
      });
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(
          ([k, ms]) =>
            `  ${fixed(ms / processes).padStart(6)} ms ${fixed((100 * ms) / total).padStart(5)}%  ${k}`,
        )
        .join('\n');
    console.log(
      `\n${path.basename(file, '.json')}: runs 1–3, ${fixed(total / processes)} ms sampled per process`,
    );
    const natives = new Map([...byFunction].filter(([k]) => !k.includes('src/')));
    console.log(`by module:\n${top(byModule, 25)}\nby function:\n${top(byFunction, 40)}`);
    console.log(`outside our modules:\n${top(natives, 12)}`);
  }
}

const [mode = '', a = '', b = '', c = ''] = process.argv.slice(2);
if (mode === 'child') child(a, Number(b), c);
else if (mode === 'alloc') profile(a, Number(b || 8), c, true);
else if (mode === 'time') time(a, Number(b || 8), c);
else if (mode === 'profile') profile(a, Number(b || 8), c);
else console.log('usage: node cold-parse.mjs time|profile <items-dir> [processes] [name-part]');
