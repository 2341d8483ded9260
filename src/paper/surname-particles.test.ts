import { CAPITALISABLE_PARTICLES, PARTICLE_WORDS, SURNAME_PARTICLES } from './surname-particles';

const whole = (alternatives: string) => new RegExp(`^(?:${alternatives})$`);

describe('surname particles', () => {
  it('reads each particle as a whole word, lower case', () => {
    for (const particle of SURNAME_PARTICLES)
      expect(whole(PARTICLE_WORDS).test(particle)).toBe(true);
    expect(whole(PARTICLE_WORDS).test('Van')).toBe(false);
    expect(whole(PARTICLE_WORDS).test('vanity')).toBe(false);
  });

  it('reads them capitalised too where a name may open with one (`Van der Berg`)', () => {
    const capitalisable = whole(CAPITALISABLE_PARTICLES);
    expect(
      ['van', 'Van', 'de', 'De', 'la', 'La', 'dos', 'Dos'].every((w) => capitalisable.test(w)),
    ).toBe(true);
    expect(capitalisable.test('VAN')).toBe(false);
    expect(capitalisable.test('dE')).toBe(false);
  });
});
