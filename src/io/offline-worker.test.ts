import { registerOfflineWorker, SKIP_WAITING } from './offline-worker';

/** A service worker with a state the test moves along. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A new version arrives and installs. */
  install(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
    return worker;
  }
}

function setup({ controlled = true, refuse = false, waiting = false } = {}) {
  const registration = new FakeRegistration();
  if (waiting) registration.waiting = new FakeWorker();
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? ({} as ServiceWorker) : null,
    registered: [] as string[],
    register(url: string) {
      this.registered.push(url);
      return refuse
        ? Promise.reject(new DOMException('refused', 'SecurityError'))
        : Promise.resolve(registration as unknown as ServiceWorkerRegistration);
    },
  });
  const calls = { ready: 0, reloads: 0 };
  const options = {
    container: container as unknown as ServiceWorkerContainer,
    url: 'https://app.example/sw.js',
    onUpdateReady: () => calls.ready++,
    reload: () => calls.reloads++,
  };
  return { registration, container, calls, options };
}

describe('registerOfflineWorker', () => {
  it('registers the worker script it is given', async () => {
    const { container, options } = setup();
    expect(await registerOfflineWorker(options)).not.toBeNull();
    expect(container.registered).toEqual(['https://app.example/sw.js']);
  });

  it('gives null, and says nothing, when the browser refuses a worker', async () => {
    const { calls, options } = setup({ refuse: true });
    expect(await registerOfflineWorker(options)).toBeNull();
    expect(calls).toEqual({ ready: 0, reloads: 0 });
  });

  it('says an update is ready when a new version installs beside the one in control', async () => {
    const { registration, calls, options } = setup();
    await registerOfflineWorker(options);
    registration.install();
    expect(calls.ready).toBe(1);
  });

  it('says nothing when the first version installs (no worker in control yet)', async () => {
    const { registration, calls, options } = setup({ controlled: false });
    await registerOfflineWorker(options);
    registration.install();
    expect(calls.ready).toBe(0);
  });

  it('says an update is ready when a version already waits as the page opens', async () => {
    const { calls, options } = setup({ waiting: true });
    await registerOfflineWorker(options);
    expect(calls.ready).toBe(1);
  });

  it('lets the waiting version take over and reloads once it is in control', async () => {
    const { registration, container, calls, options } = setup();
    const worker = await registerOfflineWorker(options);
    const waiting = registration.install();
    worker!.applyUpdate();
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    expect(calls.reloads).toBe(0);
    container.dispatchEvent(new Event('controllerchange'));
    expect(calls.reloads).toBe(1);
  });

  it('reloads at once when asked to update with no version waiting', async () => {
    const { calls, options } = setup();
    const worker = await registerOfflineWorker(options);
    worker!.applyUpdate();
    expect(calls.reloads).toBe(1);
  });
});
