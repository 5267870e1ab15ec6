import { describe, expect, it } from 'vitest';
import { helpNumbers } from './help.js';

describe('helpNumbers', () => {
  const minor = { birthDate: '2009-06-01', today: '2026-11-29', outOfHoursNumber: null };

  it('gives a minor with nowhere to sleep 115 first, then 119 and 3114', () => {
    expect(helpNumbers({ ...minor, reason: 'pas_ou_dormir' }).map((item) => item.number)).toEqual(['115', '119', '3114']);
  });

  it('gives 112 first to someone who does not feel safe, and no 119 from the 18th birthday', () => {
    const adult = { ...minor, birthDate: '2008-11-29' };
    expect(helpNumbers({ ...adult, reason: 'pas_en_securite' }).map((item) => item.number)).toEqual(['112', '3114', '115']);
    expect(helpNumbers({ ...minor, birthDate: '2008-11-30', reason: 'besoin_de_parler' }).map((item) => item.number)).toContain('119');
  });

  it('adds the département’s out-of-hours number last when it has one', () => {
    const numbers = helpNumbers({ ...minor, reason: 'besoin_de_parler', outOfHoursNumber: '03 21 00 00 00' });
    expect(numbers[0]?.number).toBe('3114');
    expect(numbers.at(-1)).toEqual({ number: '03 21 00 00 00', label: expect.stringContaining('Astreinte') });
  });
});
