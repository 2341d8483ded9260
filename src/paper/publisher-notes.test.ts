import { describe, expect, it } from 'vitest';
import { parseTextBlocks } from './text-blocks';

const body = 'We study the problem in detail. Results are shown below and they hold for all.';

describe('a publisher’s notes on an article’s first page (SAGE)', () => {
  it('the corresponding author’s note at a column’s foot leaves the sentence it cuts whole', () => {
    const blocks = parseTextBlocks(
      `Retraining Automatic Action Tendencies\n\nReinout W. Wiers and Mike Rinck\n\nAbstract\n\n${body}\n\nThe present study focused on the manipulation of a bias in\nthe action tendency to approach alcohol. Past research has\ndemonstrated this bias in problem drinkers using different\n\nCorresponding Author:\nReinout W. Wiers, ADAPT Laboratory, University of Amsterdam,\nRoetersstraat 15, 1018 WB Amsterdam, The Netherlands\nE-mail: r.wiers@uva.nl\n\nexperimental tasks (Field, Kiernan, Eastwood, & Child, 2008;\nPalfai & Ostafin, 2003). We recently developed the alcohol\napproach task.\n\nMethod\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain(
      'The present study focused on the manipulation of a bias in the action tendency to approach alcohol. Past research has demonstrated this bias in problem drinkers using different experimental tasks (Field, Kiernan, Eastwood, & Child, 2008; Palfai & Ostafin, 2003). We recently developed the alcohol approach task.',
    );
    expect(blocks.find((b) => b.kind === 'footnote')?.text).toMatch(/^Corresponding Author: /);
  });

  it('where to ask for reprints, with the permissions page’s address under it, is a note', () => {
    const blocks = parseTextBlocks(
      `Retraining Automatic Action Tendencies\n\nReinout W. Wiers and Mike Rinck\n\nPsychological Science\n22(4) 490–497\n© The Author(s) 2011\nReprints and permission:\nsagepub.com/journalsPermissions.nav\nDOI: 10.1177/0956797611400615\nhttp://pss.sagepub.com\n\nAbstract\n\n${body}\n\nMethod\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([body, body]);
  });

  it('set in the masthead’s column above the byline, the reprints note takes the address, DOI and web lines under it', () => {
    const blocks = parseTextBlocks(
      `Retraining Automatic Action Tendencies Changes Alcoholic Patients’ Approach Bias\n\nResearch Article\n\nPsychological Science\n22(4) 490–497\n© The Author(s) 2011\nReprints and permission:\nsagepub.com/journalsPermissions.nav\nDOI: 10.1177/0956797611400615\nhttp://pss.sagepub.com\n\nReinout W. Wiers¹, Carolin Eberl², Mike Rinck³, and\nJohannes Lindenmeyer²\n\n¹Department of Psychology, University of Amsterdam; ²Salus Klinik, Lindow, Germany\n\nAbstract\n${body}\n\nMethod\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([body, body]);
    expect(blocks.filter((b) => b.kind === 'footnote').map((b) => b.text)).toContain(
      'Reprints and permission: sagepub.com/journalsPermissions.nav DOI: 10.1177/0956797611400615 http://pss.sagepub.com',
    );
  });
});
