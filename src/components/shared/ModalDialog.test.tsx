// The modal dialog shell: named by its heading, focus trapped inside, Escape closes, focus returns.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ModalDialog } from './ModalDialog';

/**
 * An opener button (hidden once used, like a menu item, when `hideOpener`) and the dialog it opens,
 * with a text box and two buttons inside.
 */
function Harness({
  hideOpener = false,
  closeOnBackdrop = false,
}: {
  hideOpener?: boolean;
  closeOnBackdrop?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const fallback = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={fallback}>
        Menu
      </button>
      <button
        type="button"
        hidden={hideOpener && opened}
        onClick={() => {
          setOpen(true);
          setOpened(true);
        }}
      >
        Open
      </button>
      {open ? (
        <ModalDialog
          title="Paste things"
          onClose={() => setOpen(false)}
          initialFocus={box}
          returnFocusTo={fallback}
          closeOnBackdrop={closeOnBackdrop}
        >
          <p>Some text to click on.</p>
          <input ref={box} aria-label="Things" />
          <button type="button">Go</button>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </ModalDialog>
      ) : null}
    </>
  );
}

describe('ModalDialog', () => {
  it('is a modal dialog named by its heading, focused where the caller says', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste things' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('textbox', { name: 'Things' })).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Things' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('stays trapped after a click on its text moves focus to the dialog itself', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    screen.getByRole('dialog').focus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('gives focus to the fallback when the opener was hidden meanwhile', async () => {
    const user = userEvent.setup();
    render(<Harness hideOpener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();
  });

  it('stays open, focus inside, when the backdrop is clicked', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('dialog').parentElement!);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Things' })).toHaveFocus();
  });

  it('closes on a click on the backdrop where the caller asks, focus back on the opener', async () => {
    const user = userEvent.setup();
    render(<Harness closeOnBackdrop />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByText('Some text to click on.'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('dialog').parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
