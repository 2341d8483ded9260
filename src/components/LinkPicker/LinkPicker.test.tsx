import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  annotationOn,
  appStore,
  lastAnnouncement,
  paper,
  render,
  resetStore,
} from '../Sidebar/__fixtures__/sidebar-store';
import { LinkPicker } from './LinkPicker';
import { aid } from '../../annotations/__fixtures__/annotations';
import type { AnnotationId } from '../../annotations/types';
import { docOffset, type Paper } from '../../paper/types';
import type { Annotation } from '../../annotations/types';
import { parsePaper } from '../../paper/parse-paper';
import { describeRange } from '../../anchoring/selectors';
import { fakePaperId } from '../../paper/__fixtures__/paper-ids';
import { entryOf } from '../../annotations/shared-record';

const claim = annotationOn('in line with the concept of "five-common"', { id: aid('claim') });
const linked = annotationOn('Notes travel between readers', {
  id: aid('linked'),
  refLabels: ['2', '5'],
});

/** A button that opens the picker, as a card's "Link to source" does. */
function Harness({ annotationId, on = paper }: { annotationId: AnnotationId; on?: Paper }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Link to source
      </button>
      {open ? (
        <LinkPicker paper={on} annotationId={annotationId} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

async function openPicker(annotationId: AnnotationId, on?: Paper) {
  const user = userEvent.setup();
  render(<Harness annotationId={annotationId} on={on} />);
  await user.click(screen.getByRole('button', { name: 'Link to source' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Link to source' }) };
}

const labelsOf = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('.link-picker__label')?.textContent);
const refLabels = (id: AnnotationId) => entryOf(appStore.getState().annotations, id)?.refLabels;

// A sentence that cites nothing: the picker opens with nothing ticked.
const uncited = annotationOn('Margins hold questions', { id: aid('uncited') });

beforeEach(() => resetStore([claim, linked, uncited]));

describe('LinkPicker', () => {
  it('is a modal dialog with the filter box focused', async () => {
    const { dialog } = await openPicker(aid('claim'));
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('searchbox', { name: 'Filter references' })).toHaveFocus();
  });

  it('puts the sentence’s citations first, ticked, and links them with Enter', async () => {
    const { user, dialog } = await openPicker(aid('claim'));
    expect(labelsOf(dialog)[0]).toBe('[8]');
    const eight = within(dialog).getByRole('checkbox', {
      name: /\[8\].*Zhang Shanshan.*cited here/,
    });
    expect(eight).toBeChecked();
    expect(within(dialog).getAllByText('cited here')).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(refLabels(aid('claim'))).toEqual(['8']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Link to source' })).toHaveFocus();
    expect(lastAnnouncement()).toBe('Linked to [8] Zhang Shanshan.');
  });

  it('ticks what is already linked and unlinks what is unticked', async () => {
    const { user, dialog } = await openPicker(aid('linked'));
    expect(labelsOf(dialog).slice(0, 2)).toEqual(['[2]', '[3]']);
    expect(within(dialog).getByRole('checkbox', { name: /^\[5\]/ })).toBeChecked();
    // [2] and [3] are cited in the sentence: [3] is suggested and ticked too.
    expect(within(dialog).getByRole('checkbox', { name: /^\[3\]/ })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: /^\[5\]/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    expect(refLabels(aid('linked'))).toEqual(['2', '3']);
    expect(lastAnnouncement()).toBe('Linked to [3] Doe, A. Unlinked [5] Zheng Ruiqiang.');
  });

  it('filters by label, author or title', async () => {
    const { user, dialog } = await openPicker(aid('claim'));
    await user.type(within(dialog).getByRole('searchbox'), 'poverty');
    expect(labelsOf(dialog)).toEqual(['[8]', '[4]', '[7]']);
    await user.clear(within(dialog).getByRole('searchbox'));
    await user.type(within(dialog).getByRole('searchbox'), 'smith');
    expect(labelsOf(dialog)).toEqual(['[2]']);
    await user.clear(within(dialog).getByRole('searchbox'));
    await user.type(within(dialog).getByRole('searchbox'), 'nobody');
    expect(within(dialog).getByText('No reference matches “nobody”.')).toBeInTheDocument();
  });

  it('moves with the arrow keys and ticks with Space', async () => {
    const { user, dialog } = await openPicker(aid('claim'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = within(dialog).getAllByRole('checkbox')[1]!;
    expect(second).toHaveFocus();
    await user.keyboard(' ');
    expect(second).toBeChecked();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(dialog).getByRole('searchbox')).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(dialog).getByRole('searchbox')).toHaveFocus();
    await user.keyboard('{ArrowDown}{End}');
    expect(within(dialog).getAllByRole('checkbox').at(-1)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(refLabels(aid('claim'))).toEqual(['8', '1']);
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, dialog } = await openPicker(aid('claim'));
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Link' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('searchbox')).toHaveFocus();
  });

  it('closes with Escape without changing anything', async () => {
    const { user } = await openPicker(aid('claim'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(refLabels(aid('claim'))).toEqual([]);
    expect(screen.getByRole('button', { name: 'Link to source' })).toHaveFocus();
  });

  it('closes on a click outside it without changing anything', async () => {
    const { user, dialog } = await openPicker(aid('claim'));
    await user.click(dialog.parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(refLabels(aid('claim'))).toEqual([]);
  });

  describe('Enter with nothing ticked', () => {
    it('links the entry that has focus', async () => {
      const { user, dialog } = await openPicker(aid('uncited'));
      expect(within(dialog).queryByRole('checkbox', { checked: true })).toBeNull();
      await user.keyboard('{ArrowDown}{ArrowDown}');
      expect(within(dialog).getAllByRole('checkbox')[1]).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(refLabels(aid('uncited'))).toEqual(['2']);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(lastAnnouncement()).toBe('Linked to [2] Smith, J.');
    });

    it('links the first entry the filter found', async () => {
      const { user, dialog } = await openPicker(aid('uncited'));
      await user.type(within(dialog).getByRole('searchbox'), 'poverty');
      expect(within(dialog).getByText(/Enter links \[4\]/)).toBeInTheDocument();
      await user.keyboard('{Enter}');
      expect(refLabels(aid('uncited'))).toEqual(['4']);
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('says why nothing was linked, in the picker, and stays open', async () => {
      const { user, dialog } = await openPicker(aid('uncited'));
      await user.keyboard('{Enter}');
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Nothing is ticked: tick a reference with Space, or type to find one, then press Enter.',
      );
      expect(screen.getByRole('dialog')).toBe(dialog);
      expect(refLabels(aid('uncited'))).toEqual([]);
      // The Link button says the same, and a tick then links as before.
      await user.click(within(dialog).getByRole('button', { name: 'Link' }));
      expect(screen.getByRole('dialog')).toBe(dialog);
      await user.click(within(dialog).getByRole('checkbox', { name: /^\[3\]/ }));
      expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
      await user.click(within(dialog).getByRole('button', { name: 'Link' }));
      expect(refLabels(aid('uncited'))).toEqual(['3']);
    });

    it('still unlinks everything when the reader unticked all that was linked', async () => {
      const { user, dialog } = await openPicker(aid('linked'));
      for (const box of within(dialog).getAllByRole('checkbox', { checked: true }))
        await user.click(box);
      await user.click(within(dialog).getByRole('searchbox'));
      await user.keyboard('{Enter}');
      expect(refLabels(aid('linked'))).toEqual([]);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('on a paper with no reference list found', () => {
    // The same paper as read when its list could not be found (a scan's last pages, a layout
    // not read as a list): no entries, no citations.
    const noList: Paper = { ...paper, references: [], citations: [] };

    it('says why there is nothing to link to, with no filter box or Link button, and closes', async () => {
      const { user, dialog } = await openPicker(aid('claim'), noList);
      expect(dialog).toHaveTextContent(/No reference list was found in this paper/);
      expect(dialog).toHaveTextContent(/heading such as “References” or “Bibliography”/);
      expect(within(dialog).queryByRole('searchbox')).toBeNull();
      expect(within(dialog).queryByRole('button', { name: 'Link' })).toBeNull();
      expect(within(dialog).queryByText(/Space ticks/)).toBeNull();
      const close = within(dialog).getByRole('button', { name: 'Close' });
      expect(close).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(refLabels(aid('claim'))).toEqual([]);
    });
  });

  describe('in a sentence citing several groups of sources', () => {
    // As Nature prints it: each clause of one sentence cites its own sources.
    const cites = parsePaper(
      [
        '# Harmonics',
        '',
        '## Introduction',
        'Harmonics were found in bulk solids [4–6] and promise compact sources [7, 8] and electronics at optical frequencies [3].',
        '',
        '## References',
        ...[3, 4, 5, 6, 7, 8].map((n) => `[${n}] Author ${n}: Title ${n}, Journal, 2014.`),
        '',
      ].join('\n'),
      { format: 'markdown', fileName: 'harmonics.md', id: fakePaperId('h') },
    );
    const on = (exact: string, id: string): Annotation => {
      const start = cites.text.indexOf(exact);
      return {
        ...annotationOn('Margins hold questions', { id: aid(id) }),
        paperId: cites.id,
        target: describeRange(cites.text, docOffset(start), docOffset(start + exact.length)),
      };
    };

    it('ticks only the citations the highlight holds or touches, the rest of the sentence offered next, unticked', async () => {
      resetStore([on('Harmonics were found in bulk solids', 'clause')], {}, cites);
      const { user, dialog } = await openPicker(aid('clause'), cites);
      expect(labelsOf(dialog).slice(0, 6)).toEqual(['[4]', '[5]', '[6]', '[7]', '[8]', '[3]']);
      expect(within(dialog).getAllByText('cited here')).toHaveLength(6);
      const ticked = within(dialog).getAllByRole('checkbox', { checked: true });
      expect(ticked.map((box) => (box as HTMLInputElement).value)).toEqual(['4', '5', '6']);
      await user.keyboard('{Enter}');
      expect(refLabels(aid('clause'))).toEqual(['4', '5', '6']);
    });

    it('lists the citations the highlight holds first, before those of the sentence it leaves out', async () => {
      resetStore([on('promise compact sources [7, 8]', 'second')], {}, cites);
      const { dialog } = await openPicker(aid('second'), cites);
      expect(labelsOf(dialog).slice(0, 6)).toEqual(['[7]', '[8]', '[4]', '[5]', '[6]', '[3]']);
      const ticked = within(dialog).getAllByRole('checkbox', { checked: true });
      expect(ticked.map((box) => (box as HTMLInputElement).value)).toEqual(['7', '8']);
    });

    it('ticks every citation of the sentence when the highlight touches none of them', async () => {
      resetStore([on('promise compact', 'middle')], {}, cites);
      const { dialog } = await openPicker(aid('middle'), cites);
      expect(within(dialog).getAllByRole('checkbox', { checked: true })).toHaveLength(6);
    });

    it('does not take the next sentence’s opening citation for one the highlight touches (`models say` before `. [7] disagrees`)', async () => {
      const next = parsePaper(
        [
          '# Methane',
          '',
          '## Introduction',
          'Methane rose in 2019 [3], models say. [7] disagrees with this.',
          '',
          '## References',
          ...[3, 7].map((n) => `[${n}] Author ${n}: Title ${n}, Journal, 2014.`),
          '',
        ].join('\n'),
        { format: 'markdown', fileName: 'methane.md', id: fakePaperId('m') },
      );
      const start = next.text.indexOf('models say');
      resetStore(
        [
          {
            ...annotationOn('Margins hold questions', { id: aid('clause-end') }),
            paperId: next.id,
            target: describeRange(
              next.text,
              docOffset(start),
              docOffset(start + 'models say'.length),
            ),
          },
        ],
        {},
        next,
      );
      const { dialog } = await openPicker(aid('clause-end'), next);
      const ticked = within(dialog).getAllByRole('checkbox', { checked: true });
      expect(ticked.map((box) => (box as HTMLInputElement).value)).toEqual(['3']);
    });
  });
});
