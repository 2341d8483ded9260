import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Notice } from './Notice';

/** A page with a paper and a notice about a file that could not be opened. */
function Page() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button">Open paper…</button>
      {shown ? (
        <Notice kind="error" onDismiss={() => setShown(false)}>
          “photo.png” is not a file Marginalia can read.
        </Notice>
      ) : null}
      <article className="paper" tabIndex={0}>
        The paper
      </article>
    </>
  );
}

describe('Notice', () => {
  it('gives focus to the paper when dismissed, not to the start of the page (its × is gone)', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The paper')).toHaveFocus();
  });
});
