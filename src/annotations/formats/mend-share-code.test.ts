import { describe, expect, it } from 'vitest';
import { encodeShareCode, decodeShareCode } from './share-code';
import { mendShareCode } from './mend-share-code';

const CODE = 'm1.AbC_d-0123456789xyz';

describe('mendShareCode', () => {
  it.each([
    ['a full stop after the link, at a sentence end', `${CODE}.`],
    ['a closing bracket, the link given in brackets', `${CODE})`],
    ['a closing angle bracket, the link given as <…>', `${CODE}>`],
    ['a closing quote and a comma', `${CODE}”,`],
    ['an ellipsis a chat app put after it', `${CODE}…`],
    ['a line break where a mail program wrapped it', 'm1.AbC_d-0123\n456789xyz'],
    ['spaces and a line break, as pasted from a wrapped mail', 'm1.AbC_d-\r\n  0123456789xyz'],
    ['a space the address bar wrote as %20', 'm1.AbC_d-01234%20 56789xyz'],
    ['a line break the address bar wrote as %0A', 'm1.AbC_d-0123%0A456789xyz'],
    ['a quote the address bar wrote as %E2%80%9D', `${CODE}%E2%80%9D`],
    ['a zero-width space a chat app put in to wrap it', 'm1.AbC_d-01234\u200b56789xyz'],
    ['a soft hyphen', 'm1.AbC_d-01234\u00ad56789xyz'],
  ])('takes out %s', (_, changed) => {
    expect(mendShareCode(changed)).toBe(CODE);
  });

  it('leaves a whole code as it is, and what is no share code for the check to refuse', () => {
    expect(mendShareCode(CODE)).toBe(CODE);
    expect(mendShareCode('m1.AbC*d')).toBe('m1.AbC*d');
    expect(mendShareCode('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('decodeShareCode mends first: a real code a chat app wrapped and ended with a full stop reads', async () => {
    const code = await encodeShareCode({ hello: 'a set file' });
    const mangled = `${code.slice(0, 9)}\n${code.slice(9)}.`;
    expect(await decodeShareCode(mangled)).toEqual({
      ok: true,
      text: '{"hello":"a set file"}',
    });
  });
});
