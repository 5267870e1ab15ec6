import { describe, expect, it } from 'vitest';
import { alertSentence, STATUS_LABELS } from './labels';

describe('housing labels', () => {
  it('name every status', () => {
    expect(Object.keys(STATUS_LABELS)).toHaveLength(9);
    expect(STATUS_LABELS.proposition).toBe('Proposition reçue');
  });

  it('say the alert in days, singular, plural and today', () => {
    expect(alertSentence({ endsOn: '2027-03-12', basis: 'careEnd', daysLeft: 108 }, 'staff')).toBe(
      'Sans solution logement : fin de prise en charge dans 108 jours.',
    );
    expect(alertSentence({ endsOn: '2027-03-12', basis: 'majority', daysLeft: 1 }, 'jeune')).toMatch(/^Majorité dans 1 jour et/);
    expect(alertSentence({ endsOn: '2027-03-12', basis: 'careEnd', daysLeft: 0 }, 'staff')).toMatch(/aujourd’hui/);
  });
});
