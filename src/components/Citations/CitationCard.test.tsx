import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paper } from '../Sidebar/__fixtures__/sidebar-store';
import { CitationCard } from './CitationCard';

describe('CitationCard', () => {
  it("shows the entry's label once, above its text", () => {
    const zhang = paper.references.find((r) => r.label === '8')!;
    const marker = document.createElement('a');
    document.body.append(marker);
    render(
      <CitationCard
        id="card"
        paper={paper}
        references={[zhang]}
        anchor={marker}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    const card = screen.getByRole('tooltip');
    expect(card).toHaveTextContent(/^\[8\]Zhang Shanshan: Playing Farmers' Subjectivity/);
    marker.remove();
  });

  it('says how to follow the marker with the keyboard as well as the mouse', () => {
    const marker = document.createElement('a');
    document.body.append(marker);
    render(
      <CitationCard
        id="card"
        paper={paper}
        references={[paper.references[0]!]}
        anchor={marker}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      /Click the marker or press Enter to go to the reference list\.$/,
    );
    marker.remove();
  });
});
