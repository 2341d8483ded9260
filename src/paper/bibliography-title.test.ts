import { isBibliographyTitle, matchBibliographyHeading } from './headings';

describe('isBibliographyTitle', () => {
  it.each([
    'References',
    'REFERENCES',
    'Bibliography',
    'Works Cited:',
    'References and links',
    'References and Notes',
    'Notes and References',
    'References Cited',
    'r e f e r e n c e s',
    'R EFERENCES',
    'Literatur',
    'Literaturverzeichnis',
    'Références bibliographiques',
    'Referencias',
    'Referências',
    'REFERÊNCIAS BIBLIOGRÁFICAS',
    'Bibliografía',
    '参考文献',
    '参考文献：',
    '参考文献（References）',
    '参考文献 (References)',
    '引用文献',
    'Βιβλιογραφία',
    'ΒΙΒΛΙΟΓΡΑΦΙΑ',
    'βιβλιογραφια',
    'Βιβλιογραφικές αναφορές',
    'ΑΝΑΦΟΡΕΣ',
    'Literatur- und Quellenverzeichnis',
    'Quellen- und Literaturverzeichnis',
    'Literatur- und Packageverzeichnis',
    'Quellenverzeichnis',
    'Literaturliste',
    'Verwendete Literatur',
    'Список литературы',
    'СПИСОК ЛИТЕРАТУРЫ',
    'Список использованных источников',
    'Список использованной литературы',
    'Литература',
    'Библиографический список',
    'Библиография',
    '참고문헌',
    '참고 문헌',
    'Referencias bibliográficas',
    'Obras citadas',
    'Literatura',
    'Literatuur',
    'Kaynakça',
    'Kaynaklar',
    'Works Consulted',
    'Selected Bibliography',
  ])('knows %s heads the reference list', (title) => {
    expect(isBibliographyTitle(title)).toBe(true);
  });

  it.each([
    'Related literature',
    'a b s t r a c t',
    'R EFERENCES TO',
    'References to prior work',
    'Βιβλιογραφική ανασκόπηση',
    'Notes',
    'Links',
    'Literatur und Gesellschaft',
    'Literaturüberblick',
    'Список сокращений',
    'Obras',
  ])('does not take %s for it', (title) => {
    expect(isBibliographyTitle(title)).toBe(false);
  });
});

describe('matchBibliographyHeading', () => {
  it('keeps the number and the title as printed', () => {
    expect(matchBibliographyHeading('7. Literatur')).toEqual({ number: '7', title: 'Literatur' });
    expect(matchBibliographyHeading('r e f e r e n c e s')).toEqual({
      number: null,
      title: 'r e f e r e n c e s',
    });
  });

  it('reads past the square ACS journals set before it (■ REFERENCES)', () => {
    expect(matchBibliographyHeading('■ REFERENCES')).toEqual({ number: null, title: 'REFERENCES' });
  });
});
