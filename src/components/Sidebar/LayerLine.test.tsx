import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asAnnotationId, asSetId, type AnnotationSet } from '../../annotations/types';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { LayerLine } from './LayerLine';
import { layerCueClass } from './layer-cue';

const layer = (name: string, author?: string): AnnotationSet => ({
  id: asSetId('w3'),
  name,
  created: 0,
  origin: 'imported',
  ...(author ? { author } : {}),
});

describe('LayerLine', () => {
  it.each([
    [
      'names the sender beside a layer name that does not',
      layer('Week 3', 'Dr Lee'),
      'Week 3 · Dr Lee (read-only)',
    ],
    [
      'does not repeat a sender the name already gives',
      layer('Week 3 — from Dr Lee', 'Dr Lee'),
      'Week 3 — from Dr Lee (read-only)',
    ],
    [
      'shows the name alone with no sender',
      layer('Shared set, 5 Dec'),
      'Shared set, 5 Dec (read-only)',
    ],
  ])('%s', (_, set, text) => {
    renderWithStore(<LayerLine annotationId={asAnnotationId('a')} layer={set} />);
    expect(screen.getByText(/read-only/)).toHaveTextContent(text);
  });

  it('marks an imported layer by the outline of its cue, not its colour: dashed and dark, not the thin pale ring of own sets', () => {
    const { container } = renderWithStore(
      <LayerLine annotationId={asAnnotationId('a')} layer={layer('Shared')} />,
    );
    expect(container.querySelector('.layer-cue')).toHaveClass('layer-cue--imported');
    expect(layerCueClass({ ...layer('Mine'), origin: 'own' })).not.toContain('imported');
  });
});
