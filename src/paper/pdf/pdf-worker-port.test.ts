/** Tests of `pdf-worker-port.ts` with a fake `Worker` (Node has none): start, keep, give up. */
type Listener = (event: Event | MessageEvent) => void;

/** A worker that says `ready` as pdf.js's script does once loaded, or fails to load. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static fails = false;
  listeners = new Map<string, Set<Listener>>();
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
    queueMicrotask(() =>
      FakeWorker.fails
        ? this.emit('error', Object.assign(new Event('error'), { message: 'blocked' }))
        : this.emit('message', new MessageEvent('message', { data: { action: 'ready' } })),
    );
  }
  addEventListener(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  emit(type: string, event: Event) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  terminate() {
    this.terminated = true;
  }
}

/** The module fresh (its kept workers and its "cannot start" are per thread). */
async function freshModule() {
  vi.resetModules();
  return import('./pdf-worker-port');
}

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.fails = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('leasePdfWorker', () => {
  it("starts pdf.js's worker script as a module worker and gives it once it says it is ready", async () => {
    const { leasePdfWorker } = await freshModule();
    const worker = (await leasePdfWorker('/assets/pdf.worker.mjs')) as unknown as FakeWorker;
    expect(worker).toBe(FakeWorker.made[0]);
    expect(worker.url).toBe('/assets/pdf.worker.mjs');
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(worker.listeners.get('message')?.size).toBe(0); // pdf.js gets the port to itself
  });

  it('keeps a released worker for the next document, and starts another while it is leased', async () => {
    const { leasePdfWorker, releasePdfWorker } = await freshModule();
    const first = (await leasePdfWorker('w.mjs'))!;
    const second = (await leasePdfWorker('w.mjs'))!;
    expect(second).not.toBe(first);
    releasePdfWorker(first);
    releasePdfWorker(second); // one kept is enough: the other stops
    expect((second as unknown as FakeWorker).terminated).toBe(true);
    expect(await leasePdfWorker('w.mjs')).toBe(first);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('says once that the worker cannot start, and then no longer tries (PDFs parse in this thread)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    FakeWorker.fails = true;
    const { leasePdfWorker } = await freshModule();
    expect(await leasePdfWorker('w.mjs')).toBeNull();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(await leasePdfWorker('w.mjs')).toBeNull();
    expect(FakeWorker.made).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('gives none where there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { leasePdfWorker } = await freshModule();
    expect(await leasePdfWorker('w.mjs')).toBeNull();
  });
});
