import { planFontLookups, type PageFontUse } from './font-lookup-plan';

/** A page using `fonts` (one letter each), of which `suspects` may give bare codes. */
const page = (fonts: string, suspects = ''): PageFontUse => ({
  fonts: [...fonts],
  suspects: [...suspects],
});

describe('planFontLookups', () => {
  it.each<[string, PageFontUse[], number[]]>([
    ['no page for a document without suspect fonts', [page('ab'), page('a')], []],
    ['the page where a lone suspect font shows', [page('a'), page('ab', 'b')], [1]],
    [
      'one later page holding every suspect font over each page where one first shows',
      [page('ab', 'b'), page('ac', 'c'), page('abc'), page('ad', 'd'), page('abcd')],
      [4],
    ],
    [
      'the earliest of the pages holding the same suspects, suspect there or not',
      [page('a'), page('ab'), page('ab', 'b'), page('ab', 'b')],
      [1],
    ],
    [
      'as many pages as it takes when no page holds every suspect font',
      [page('ab', 'b'), page('ac', 'c'), page('ad', 'd'), page('acd')],
      [0, 3],
    ],
    ['nothing for pages whose runs name no font', [page(''), page('')], []],
  ])('chooses %s', (_, pages, expected) => {
    expect(planFontLookups(pages)).toEqual(expected);
  });
});
