import { describe, expect, it } from 'vitest';
import { caseloadRgpdSentence, dueSentence, KIND_HINTS_JEUNE, KIND_LABELS_JEUNE, KIND_LABELS_STAFF, RGPD_KIND_ORDER } from './rgpd-words';

describe('RGPD request words', () => {
  it('names every kind for the young person and for staff, and explains erasure’s limit (art. 17.3.b)', () => {
    for (const kind of RGPD_KIND_ORDER) {
      expect(KIND_LABELS_JEUNE[kind]).toBeTruthy();
      expect(KIND_LABELS_STAFF[kind]).toMatch(/art\. \d+/);
    }
    expect(KIND_HINTS_JEUNE.effacement).toContain('17.3.b');
    expect(KIND_HINTS_JEUNE.effacement).toContain('étudiée');
  });

  it('says when the answer is due, late or not, and nothing once the request is closed', () => {
    const open = { dueOn: '2026-02-28', late: false, status: 'en_attente' as const, extension: null };
    expect(dueSentence(open, 'jeune')).toContain('au plus tard le 28 février 2026');
    expect(dueSentence(open, 'staff')).toContain('(un mois, RGPD art. 12.3)');
    expect(dueSentence({ ...open, extension: { reasons: 'x' } }, 'staff')).toContain('(délai prolongé de deux mois, RGPD art. 12.3)');
    expect(dueSentence({ ...open, late: true, status: 'acceptee' }, 'staff')).toContain('en retard');
    expect(dueSentence({ ...open, status: 'traitee' }, 'jeune')).toBe('');
  });

  it('sums up the open requests of a caseload line, the earliest due first', () => {
    expect(caseloadRgpdSentence([])).toBeNull();
    expect(caseloadRgpdSentence([{ dueOn: '2026-02-28', late: true }])).toContain(
      '1 demande RGPD à traiter, en retard depuis le 28 février 2026',
    );
    expect(
      caseloadRgpdSentence([
        { dueOn: '2026-03-02', late: false },
        { dueOn: '2026-03-20', late: false },
      ]),
    ).toContain('2 demandes RGPD à traiter, réponse due le 2 mars 2026');
  });
});
