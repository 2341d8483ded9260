/**
 * The file-level import graph of `src/` and the floor rule it must keep: each floor imports only
 * floors below it (paper → anchoring → annotations → io → store → components → app), and no file
 * imports itself through others. Read with TypeScript's own pre-processor (`ts.preProcessFile`), so
 * static imports, re-exports and `import()` all count. Type-only imports count for the floors (a
 * floor knows nothing above it, not even a type) but not for cycles: they are erased before the
 * code runs, and a slice naming the combined state's type is how zustand's slices pattern works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The floors from the bottom up; a file may import its own floor and the ones before it. */
export const FLOORS = [
  'paper',
  'anchoring',
  'annotations',
  'io',
  'store',
  'components',
  'app',
] as const;

/** One import: the `src/` file imported, and whether only types are (`import type`). */
export interface ImportEdge {
  to: string;
  typeOnly: boolean;
}

/** Import graph: a file (path relative to the repo, `/`-separated) → the `src/` files it imports. */
export type ImportGraph = Map<string, ImportEdge[]>;

const SOURCE = /\.(ts|tsx)$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Reads every `.ts`/`.tsx` file under `root/src` and the relative imports between them. */
export function readImportGraph(root: string): ImportGraph {
  const files = listSources(join(root, 'src'));
  const known = new Set(files);
  const key = (path: string) => relative(root, path).split('\\').join('/');
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const typeOnly = typeOnlySpecifiers(file, text);
    const edges = new Map<string, boolean>();
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const target = [base, ...EXTENSIONS.map((ext) => base + ext)].find((p) => known.has(p));
      if (target === undefined) continue;
      // A file imported for its values anywhere is a runtime edge.
      edges.set(key(target), (edges.get(key(target)) ?? true) && typeOnly.has(spec));
    }
    graph.set(
      key(file),
      [...edges].map(([to, only]) => ({ to, typeOnly: only })),
    );
  }
  return graph;
}

/** Specifiers that a file imports or re-exports only as types, in every statement naming them. */
function typeOnlySpecifiers(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const typeOnly = new Set<string>();
  const runtime = new Set<string>();
  for (const statement of source.statements) {
    let spec: string | null = null;
    let onlyTypes = false;
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      spec = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      spec = statement.moduleSpecifier.text;
      const clause = statement.exportClause;
      onlyTypes =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
    }
    if (spec !== null) (onlyTypes ? typeOnly : runtime).add(spec);
  }
  // `import()` calls are not statements of the file: they stay runtime edges.
  return new Set([...typeOnly].filter((spec) => !runtime.has(spec)));
}

/** The floor a file sits on (its index in FLOORS), or null for files outside the floors. */
export function floorOf(file: string): number | null {
  const match = /^src\/([^/]+)\//.exec(file);
  const index = match ? FLOORS.indexOf(match[1] as (typeof FLOORS)[number]) : -1;
  return index === -1 ? null : index;
}

/** Every import from a lower floor to a higher one, as `from -> to`. */
export function findUpwardImports(graph: ImportGraph): string[] {
  const upward: string[] = [];
  for (const [from, targets] of graph) {
    const own = floorOf(from);
    for (const { to } of targets) {
      const theirs = floorOf(to);
      if (own !== null && theirs !== null && theirs > own) upward.push(`${from} -> ${to}`);
    }
  }
  return upward.sort();
}

/**
 * Every cycle of runtime imports, each as the list of files around it (depth-first search; a cycle
 * reached again through another entry point is listed once per back edge).
 */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const { to: next, typeOnly } of graph.get(file) ?? []) {
      if (typeOnly) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** A test file or a test fixture: the code the app runs does not depend on these. */
const isTestCode = (file: string) => /\.test\.tsx?$|\/__fixtures__\//.test(file);

/**
 * The graph between the feature folders of `src/components/` (`Sidebar`, `PaperView`, …), from the
 * app's own code (tests and fixtures left out): an edge wherever a file of one folder imports a
 * file of another at run time.
 */
export function componentFolderGraph(graph: ImportGraph): ImportGraph {
  const folder = (file: string) => /^src\/components\/([^/]+)\//.exec(file)?.[1] ?? null;
  const folders: ImportGraph = new Map();
  for (const [from, edges] of graph) {
    const own = folder(from);
    if (own === null || isTestCode(from)) continue;
    const targets = folders.get(own) ?? [];
    folders.set(own, targets);
    for (const { to, typeOnly } of edges) {
      const theirs = folder(to);
      if (theirs === null || theirs === own || typeOnly) continue;
      if (!targets.some((e) => e.to === theirs)) targets.push({ to: theirs, typeOnly: false });
    }
  }
  return folders;
}
