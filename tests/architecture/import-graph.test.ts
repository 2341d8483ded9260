import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  componentFolderGraph,
  findCycles,
  findUpwardImports,
  readImportGraph,
  type ImportEdge,
  type ImportGraph,
} from './import-graph';

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(root);

const runtime = (...to: string[]): ImportEdge[] => to.map((t) => ({ to: t, typeOnly: false }));

describe('the import graph of src/', () => {
  it('reads the files of every floor and the imports between them', () => {
    expect(graph.get('src/app/mount-app.tsx')!.map((e) => e.to)).toContain('src/app/App.tsx');
    expect(graph.get('src/anchoring/anchor.ts')).toContainEqual({
      to: 'src/paper/types.ts',
      typeOnly: false,
    });
  });

  it('has no cycle of files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('has no loop between the feature folders of components/', () => {
    const folders = componentFolderGraph(graph);
    expect(folders.get('PaperView')!.map((e) => e.to)).toContain('Citations');
    expect(findCycles(folders)).toEqual([]);
  });

  it('imports only downward, apart from the known imports issue 6 removes', () => {
    expect(findUpwardImports(graph)).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds a cycle of files through their runtime imports', () => {
    const looped: ImportGraph = new Map([
      ['src/paper/a.ts', runtime('src/paper/b.ts')],
      ['src/paper/b.ts', runtime('src/paper/c.ts')],
      ['src/paper/c.ts', runtime('src/paper/a.ts')],
    ]);
    expect(findCycles(looped)).toEqual([
      ['src/paper/a.ts', 'src/paper/b.ts', 'src/paper/c.ts', 'src/paper/a.ts'],
    ]);
  });

  it('finds a file that imports itself', () => {
    expect(findCycles(new Map([['src/io/a.ts', runtime('src/io/a.ts')]]))).toEqual([
      ['src/io/a.ts', 'src/io/a.ts'],
    ]);
  });

  it('ignores a loop closed only by a type-only import', () => {
    const slices: ImportGraph = new Map([
      ['src/store/app-store.ts', runtime('src/store/slices/view-slice.ts')],
      ['src/store/slices/view-slice.ts', [{ to: 'src/store/app-store.ts', typeOnly: true }]],
    ]);
    expect(findCycles(slices)).toEqual([]);
  });
});

describe('componentFolderGraph', () => {
  it('joins the files of a feature folder, leaving out tests and fixtures', () => {
    const files: ImportGraph = new Map([
      ['src/components/A/X.tsx', runtime('src/components/B/Y.tsx', 'src/components/A/Z.ts')],
      ['src/components/B/Y.tsx', runtime('src/paper/types.ts')],
      ['src/components/B/Y.test.tsx', runtime('src/components/A/X.tsx')],
    ]);
    expect(findCycles(componentFolderGraph(files))).toEqual([]);
    files.set('src/components/B/W.ts', runtime('src/components/A/Z.ts'));
    expect(findCycles(componentFolderGraph(files))).toEqual([['A', 'B', 'A']]);
  });
});

describe('findUpwardImports', () => {
  it('reports a lower floor importing a higher one, even for types only', () => {
    const upward: ImportGraph = new Map([
      ['src/paper/types.ts', [{ to: 'src/components/View.tsx', typeOnly: true }]],
      ['src/components/View.tsx', runtime('src/paper/types.ts', 'src/components/shared/x.ts')],
    ]);
    expect(findUpwardImports(upward)).toEqual(['src/paper/types.ts -> src/components/View.tsx']);
  });

  it('lets anchoring import paper but not the other way round', () => {
    const graph: ImportGraph = new Map([
      ['src/anchoring/anchor.ts', runtime('src/paper/types.ts')],
      ['src/paper/types.ts', runtime('src/anchoring/anchor.ts')],
    ]);
    expect(findUpwardImports(graph)).toEqual(['src/paper/types.ts -> src/anchoring/anchor.ts']);
  });
});
