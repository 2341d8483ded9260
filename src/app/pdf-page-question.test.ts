import { createTestStore } from '../store/__fixtures__/test-store';
import { createPageQuestion } from './pdf-page-question';

describe('createPageQuestion', () => {
  it.each([
    ['Open anyway', true],
    ['Cancel', false],
  ])('asks about a long PDF and passes on the reader’s “%s”', async (_button, open) => {
    const store = createTestStore();
    const question = createPageQuestion(store);
    const answer = question.ask('big.pdf', 30_000);
    expect(store.getState().paperQuestion).toEqual({
      kind: 'many-pages',
      fileName: 'big.pdf',
      pages: 30_000,
    });
    question.settle(open);
    expect(await answer).toBe(open);
    expect(store.getState().paperQuestion).toBeNull();
  });

  it('answers no to a question left open when another long PDF is asked about', async () => {
    const store = createTestStore();
    const question = createPageQuestion(store);
    const first = question.ask('one.pdf', 5000);
    const second = question.ask('two.pdf', 6000);
    expect(await first).toBe(false);
    expect(store.getState().paperQuestion).toMatchObject({ fileName: 'two.pdf' });
    question.settle(true);
    expect(await second).toBe(true);
  });
});
