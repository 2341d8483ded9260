import type { TextItem } from './text-item';
import { judgePageText, screenPages } from './text-layer-quality';

const item = (str: string, y = 700): TextItem => ({ str, x: 72, y, width: 400, height: 10 });
const page = (...lines: string[]) => lines.map((line, i) => item(line, 700 - 12 * i));
const prose = page(
  'Close reading is an old habit of scholars, and the margins of their books show it.',
  'A reader who argues with a paper writes down where it is weak and which sources it leans on.',
  'Those notes are worth keeping: they say what the reader thought and why they thought it.',
);

describe('judgePageText', () => {
  it.each<[string, TextItem[], string | null]>([
    ['reads a page of prose as text', prose, null],
    ['leaves a page with too little text to judge alone (a figure)', page('Fig. 1'), null],
    [
      'finds control characters where letters should be',
      page('\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(8)),
      'unmapped-font',
    ],
    [
      'finds private-use glyphs',
      page('\uE001\uE002\uE003 \uE004\uE005'.repeat(12)),
      'unmapped-font',
    ],
    [
      'finds letters without vowels (codes shifted to other letters)',
      page(...Array.from({ length: 8 }, () => 'Kq>29:92># Lxd2# Brtz qwz kttp Ghjkl mnbvcxz lkjh')),
      'unmapped-font',
    ],
    [
      // A CJK thesis whose font's glyph numbers came out as code points of a dozen scripts.
      'finds glyph numbers read as letters of many scripts, word by word',
      page(...Array.from({ length: 4 }, () => 'ؔߟܚ౒ϽѺ෿֋дޥѺڹ֧ҹܐӑلҴфٍѓဨ੹ЛҴ ӑЛҴܐҹڹ֧Ѻ ӆϪችԳلҴ䩭ӛᅲےϡѺڹ֧ҹ')),
      'unmapped-font',
    ],
    [
      // A Chinese thesis from Word on macOS: a subset font's glyph numbers (1 to a few hundred) read as code points.
      'finds glyph numbers read as Latin Extended-B, IPA and modifier letters',
      page(
        ...Array.from(
          { length: 4 },
          () => '1MI{ô˥ʀeȢɌËǆ。ȟɭƱ@Sgò̏Ɩȡ¯ĵöȟēôūhÖɮ3ƾ ƟˣȄȮȾSò̏Ɩȡ ¯ĵö?ȟiʉ̋˷íđȟȀiƚł3',
        ),
      ),
      'unmapped-font',
    ],
    [
      'reads a page of phonetic transcriptions and pinyin as text',
      page(
        ...Array.from(
          { length: 4 },
          () =>
            'The word [ˈfɔnəˌtɪks] and [ðə ˈkæt] contrast with Lǚ Xùn, nǚ, lǜ and ɛ ɔ ŋ in Ewe.',
        ),
      ),
      null,
    ],
    [
      'reads a page of good references with a few entries garbled by an unmapped font as text',
      page(
        ...Array.from(
          { length: 12 },
          (_, i) =>
            `[${i + 1}] Donald E. Knuth. The TeX Book[M]. 15th ed., Reading, MA: Addison-Wesley, 1989.`,
        ),
        '[7] Ἠѐ. ҏһعፅ. ϪھҹѺоؗघ ؔߟܚ౒ϽѺ෿֋дޥѺڹ֧ҹܐӑلҴфٍѓဨ੹ЛҴ, 2001: 185–207.',
        '[8] ӑЛҴܐҹڹ֧Ѻ ӆϪችԳلҴ䩭ӛᅲےϡѺڹ֧ҹ ϥӆϪϨࣔؔϡ܋ࣔЎ䩟߹ݼՖҲ୳ૢ֞ӑӛԼ, 2003: 1–9.',
      ),
      null,
    ],
    [
      'reads a page of Russian, Chinese and Hindi, Greek symbols among them, as text',
      page(
        'Метод опорных векторов (SVM) минимизирует риск α при β → 0 [12].',
        '支持向量机的方法在小样本条件下表现良好，参数α和β由交叉验证确定。我们的实验表明该方法有效。',
        'सपोर्ट वेक्टर मशीन एक पर्यवेक्षित शिक्षण विधि है जो वर्गीकरण के लिए उपयोगी है।',
        'Литература: Вапник В. Н. Восстановление зависимостей по эмпирическим данным. М.: Наука, 1979.',
      ),
      null,
    ],
    [
      // Ethiopic (U+1200–U+137F) is one script spread over three 128-code-point chunks of scriptOf.
      'reads a page of Amharic as text',
      page(
        'የሰው ልጅ ሁሉ ሲወለድ ነጻና በክብርና በመብትም እኩልነት ያለው ነው።',
        'የተፈጥሮ ማስተዋልና ሕሊና ስላለው አንዱ ሌላውን በወንድማማችነት መንፈስ መመልከት ይገባዋል።',
        'ኢትዮጵያ በአፍሪካ ቀንድ የምትገኝ ሀገር ናት። አዲስ አበባ የኢትዮጵያ ዋና ከተማ ናት።',
      ),
      null,
    ],
    [
      'reads an English page with a few Amharic example sentences as text',
      page(
        'Table 3 lists Amharic sentences from the test set with their English translations and the model output.',
        'ኢትዮጵያ በአፍሪካ ቀንድ የምትገኝ ሀገር ናት። Ethiopia is a country in the Horn of Africa.',
        'አዲስ አበባ የኢትዮጵያ ዋና ከተማ ናት። Addis Ababa is the capital of Ethiopia.',
        'የሰው ልጅ ሁሉ ሲወለድ ነጻና በክብርና በመብትም እኩልነት ያለው ነው። All human beings are born free and equal.',
        'The model keeps the word order of the source in most of these cases, as Section 5 discusses further.',
      ),
      null,
    ],
    [
      // Unified Canadian Aboriginal Syllabics (U+1400–U+167F): one script over five chunks.
      'reads a page of Inuktitut syllabics as text',
      page(
        ...Array.from(
          { length: 3 },
          () =>
            'ᐃᓅᔪᓕᒫᖅᑐᑦ ᐊᓂᖅᑎᕆᔪᓕᒫᖅᑐᑦ ᐃᓅᓚᐅᕐᒪᑕ ᐃᓱᒪᕐᓱᕐᖢᑎᒃ ᐊᒻᒪᓗ ᐊᔾᔨᐅᖃᑎᒌᒃᑐᑎᒃ ᓂᕐᓕᓵᕆᔭᐅᓂᒃᑯᑦ ᐊᒻᒪᓗ ᐱᔪᓐᓇᐅᑎᖃᕐᓂᒃᑯᑦ',
        ),
      ),
      null,
    ],
    [
      // Korean as conjoining jamo (NFD, as some PDF producers write it): U+1100–U+11FF, two chunks.
      'reads a page of Korean written as conjoining jamo as text',
      page(
        ...Array.from({ length: 2 }, () =>
          '모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다. 인간은 천부적으로 이성과 양심을 부여받았으며'.normalize(
            'NFD',
          ),
        ),
      ),
      null,
    ],
  ])('%s', (_name, items, verdict) => {
    expect(judgePageText(items)).toBe(verdict);
  });
});

describe('screenPages', () => {
  it('shows a printed soft hyphen as a hyphen, and judges a page without it', () => {
    const soft = page(
      'In high\u00ADincome settings a reader marks the margins of meta\u00ADanalyses as before.',
    );
    expect(screenPages([soft]).pages[0]?.[0]?.str).toBe(
      'In high-income settings a reader marks the margins of meta-analyses as before.',
    );
    // A font with no map to Unicode decodes its code 0xAD as a soft hyphen among its other codes:
    // the page is as unreadable with it as without it.
    const codes = '1MI{ô˥ʀeȢɌËǆ。ȟɭƱ@Sgò̏Ɩȡ¯ĵöȟēôūhÖɮ3ƾ ƟˣȄȮȾSò̏Ɩȡ ¯ĵö?ȟiʉ̋˷íđȟȀiƚł3';
    const garbled = (s: string) => page(...Array.from({ length: 4 }, () => s));
    const withSoft = codes.replace(/ȟ/g, '\u00AD\u00AD');
    expect(screenPages([garbled(withSoft)]).unreadable).toEqual(
      screenPages([garbled(codes.replace(/ȟ/g, ''))]).unreadable,
    );
    expect(screenPages([garbled(withSoft)]).unreadable).toHaveLength(1);
  });

  it('reads the soft hyphens of a page that sets one after each hyphen (Wiley) as no hyphens', () => {
    // Wiley writes `COVID-\u00AD19` for a printed `COVID-19`, and spaces a title's words with a
    // blank soft hyphen: on such a page a soft hyphen is no printed hyphen.
    const title = ['COVID-\u00AD', '19', '\u00AD', 'vaccination', '\u00AD', 'in', '\u00AD'];
    const items = title.map((str, i) => ({ ...item(str, 658), x: 45 + 60 * i }));
    const { pages } = screenPages([[...items, ...prose]]);
    expect(pages[0]?.slice(0, title.length).map((i) => i.str)).toEqual([
      'COVID-',
      '19',
      ' ',
      'vaccination',
      ' ',
      'in',
      ' ',
    ]);
  });

  it('drops a run of glyph numbers read as Latin Extended-B and IPA letters on a page of good text', () => {
    const { pages } = screenPages([
      [...prose, item('¯ȟȮȾƝˤŇĎĦSĔ ɪŇĎĤˣȄƘ'), item('[ˈfɔnə]'), item('Lǚ Xùn')],
    ]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual(['[ˈfɔnə]', 'Lǚ Xùn']);
  });

  it('drops a chart label whose glyph codes read as letters of three scripts or more (CNKI)', () => {
    const { pages } = screenPages([
      [
        ...prose,
        item('ۿമޕ䗃 X'),
        item('ধ〟㇇ᆀW 0.98'),
        item('其中α为权重'),
        item('Москва (莫斯科)'),
      ],
    ]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual(['其中α为权重', 'Москва (莫斯科)']);
  });

  it('keeps a run of prose in three scripts beyond Latin: Korean with Hanja and a Greek letter, a place named in three', () => {
    // A Korean paper writes terms in Hanja beside Hangul and names its symbols in Greek, one font
    // for all (Batang, Malgun Gothic hold all three); a Chinese or Japanese font holds Cyrillic and
    // Greek too. Text, not a chart label's glyph codes.
    const { pages } = screenPages([
      [...prose, item('여기서 α는 상수(常數)이다'), item('Москва (Μόσχα, 莫斯科)')],
    ]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual([
      '여기서 α는 상수(常數)이다',
      'Москва (Μόσχα, 莫斯科)',
    ]);
  });

  it('empties unreadable pages, keeps page numbers true and lists them', () => {
    const bad = page('\u0001\u0002\u0003\u0004\u0005'.repeat(20));
    const { pages, unreadable } = screenPages([prose, bad, prose]);
    expect(pages.map((p) => p.length)).toEqual([3, 0, 3]);
    expect(unreadable).toEqual([{ page: 2, reason: 'unmapped-font' }]);
  });

  it('drops the control characters a symbol font leaves in good text, and runs left empty', () => {
    const { pages } = screenPages([[...prose, item('\u0003\u0004'), item('a\u0003b\u0004c')]]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual(['abc']);
  });

  it('reads the T1 en dash a Type 3 font leaves between two digits as a range, not a code', () => {
    const { pages } = screenPages([
      [...prose, item('1\u00154'), item('Inorg. Chem. 2000, 39, 642\u0015651. a\u0015b')],
    ]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual([
      '1–4',
      'Inorg. Chem. 2000, 39, 642–651. ab',
    ]);
  });

  it('drops runs that are half control codes: a figure font’s glyph codes, not text', () => {
    const codes = ['\u0008\u0016စငဉ\u0001\u0016', '\u0008\u0016ဆဈဈ\u0001\u0016'].map((s) =>
      item(s),
    );
    const { pages } = screenPages([
      [...prose, ...codes, item('e\u000ecient'), item(' \u00002\u0019')],
    ]);
    expect(pages[0]?.map((i) => i.str).slice(3)).toEqual(['ecient', ' 2']);
  });

  it('drops text drawn at a near-zero size (a LaTeXiT figure’s hidden source), keeps small print', () => {
    const hidden = (str: string): TextItem => ({ ...item(str), width: 1e-6, height: 2e-7 });
    const small = { ...item('ᵃ'), width: 2, height: 0.8 };
    const { pages } = screenPages([
      [...prose, hidden('<latexit'), hidden(' sha1_base64="ZVxX">AAAB+XicbVDJSgNBEO2'), small],
    ]);
    expect(pages[0]?.map((i) => i.str)).toEqual([...prose.map((i) => i.str), 'ᵃ']);
  });
});
