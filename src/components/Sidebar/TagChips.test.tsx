import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TagChips } from './TagChips';

describe('TagChips', () => {
  it('lists the tags as chips', () => {
    render(<TagChips tags={['method', 'open question']} />);
    const chips = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['#method', '#open question']);
  });

  it('shows nothing when there are no tags', () => {
    const { container } = render(<TagChips tags={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
