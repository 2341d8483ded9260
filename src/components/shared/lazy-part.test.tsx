import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';

function Panel({ label }: { label: string }) {
  return <p>Panel: {label}</p>;
}

/** A loader that fails (as a dynamic import does offline) until `online` is set. */
function flakyLoader() {
  const state = { online: false };
  const load = vi.fn(() =>
    state.online
      ? Promise.resolve({ Panel })
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  );
  return { state, load };
}

describe('lazyPart', () => {
  it('shows the part once it loads', async () => {
    const Part = lazyPart(() => Promise.resolve({ Panel }), 'Panel', { what: 'The menu' });
    render(<Part label="hello" />);
    expect(await screen.findByText('Panel: hello')).toBeInTheDocument();
  });

  it('keeps a failed load inside the part: the page beside it stays, with a sentence and Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { state, load } = flakyLoader();
    const Part = lazyPart(load, 'Panel', { what: 'The Share & export menu' });
    render(
      <header>
        <button type="button">Open paper…</button>
        <Part label="menu" />
      </header>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Share & export menu could not be loaded');
    expect(screen.getByRole('button', { name: 'Open paper…' })).toBeInTheDocument();

    state.online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Panel: menu')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('offers Close beside Try again when the caller can give up on the part', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load } = flakyLoader();
    const Part = lazyPart(load, 'Panel', { what: 'The import preview' });
    const dismiss = vi.fn();
    render(<Part label="x" onDismiss={dismiss} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('offers Reload once trying again has failed too (the app may have been updated)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load } = flakyLoader();
    const Part = lazyPart(load, 'Panel', { what: 'The menu' });
    render(<Part label="x" />);
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('draws a part loaded beforehand at once, with no fallback in between', async () => {
    const Part = lazyPart(() => Promise.resolve({ Panel }), 'Panel', {
      what: 'The toolbar',
      fallback: <p>Loading…</p>,
    });
    await Part.preload();
    render(<Part label="at once" />);
    expect(screen.getByText('Panel: at once')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it("leaves a failed preload for the part's first showing to report", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load } = flakyLoader();
    const Part = lazyPart(load, 'Panel', { what: 'The toolbar' });
    await expect(Part.preload()).resolves.toBeUndefined();
    render(<Part label="x" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The toolbar could not be loaded');
  });
});
