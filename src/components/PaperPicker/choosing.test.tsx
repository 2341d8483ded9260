import { createEvent, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../__fixtures__/render-with-store';
import { DropZone } from './DropZone';
import { OpenPaperButton } from './OpenPaperButton';

/** A drag event carrying files, as the browser sends it over the window. */
function fileDrag(type: 'dragenter' | 'dragleave') {
  const event = createEvent(type, window, {});
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [] } });
  return event;
}

describe('telling the app that the reader is choosing a file', () => {
  it('says so when the picker opens, before any file is chosen', () => {
    const onChoosing = vi.fn();
    const onFile = vi.fn();
    renderWithStore(<OpenPaperButton onFile={onFile} onChoosing={onChoosing} />);
    fireEvent.click(screen.getByRole('button', { name: /Open/ }));
    expect(onChoosing).toHaveBeenCalledTimes(1);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('says so once when files are first dragged over the window, not at each inner enter', () => {
    const onChoosing = vi.fn();
    renderWithStore(<DropZone onFile={vi.fn()} onChoosing={onChoosing} />);
    fireEvent(window, fileDrag('dragenter'));
    fireEvent(window, fileDrag('dragenter'));
    expect(onChoosing).toHaveBeenCalledTimes(1);
    fireEvent(window, fileDrag('dragleave'));
    fireEvent(window, fileDrag('dragleave'));
    fireEvent(window, fileDrag('dragenter'));
    expect(onChoosing).toHaveBeenCalledTimes(2);
  });
});
