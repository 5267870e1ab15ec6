import { describe, expect, it } from 'vitest';
import type { SupportDecision, SupportRequest } from '../api/types';
import { contestNotice, grantSentence, kindsOpenToday, latestDecision } from './support-words';

const decision = (overrides: Partial<SupportDecision> = {}): SupportDecision => ({
  id: '01JD2Y3QK9V8N6M4R2T0W1X5Z7',
  outcome: 'refusee',
  startsOn: null,
  endsOn: null,
  conditions: null,
  reasons: 'Ressources suffisantes',
  schoolYearExtension: false,
  decidedOn: '2026-11-24',
  contestBy: '2027-01-24',
  decidedBy: { sub: 'admin', role: 'admin', name: 'Nadia Roussel' },
  decidedAt: '2026-11-24T10:00:00.000Z',
  ...overrides,
});

const request = (decisions: SupportDecision[]): SupportRequest => ({
  id: '01JD2Y3QK9V8N6M4R2T0W1X5Z8',
  kind: 'premiere',
  message: null,
  status: decisions.at(-1)?.outcome ?? 'en_attente',
  requestedBy: { sub: 'jeune', role: 'jeune', name: null },
  requestedAt: '2026-11-20T10:00:00.000Z',
  decisions,
  version: 1 + decisions.length,
});

describe('support words', () => {
  it('offers a first request to a 17-year-old in care, and neither a renewal nor a return', () => {
    expect(kindsOpenToday({ birthDate: '2009-03-12', careEndDate: '2027-03-12' }, [], '2026-11-24')).toEqual(['premiere']);
  });

  it('offers a renewal once support was granted, and a return after care ended', () => {
    const granted = request([
      decision({ outcome: 'accordee', startsOn: '2025-03-12', endsOn: '2026-03-11', contestBy: null, reasons: null }),
    ]);
    expect(kindsOpenToday({ birthDate: '2007-03-12', careEndDate: '2026-03-11' }, [granted], '2026-11-24')).toEqual([
      'renouvellement',
      'retour',
    ]);
  });

  it('offers nothing from the 21st birthday', () => {
    expect(kindsOpenToday({ birthDate: '2005-11-24', careEndDate: '2023-11-24' }, [], '2026-11-24')).toEqual([]);
  });

  it('tells the young person by when and how to contest a refusal', () => {
    const notice = contestNotice(decision(), 'jeune');
    expect(notice).toContain('jusqu’au 24 janvier 2027');
    expect(notice).toContain('président du conseil départemental');
    expect(notice).toContain('tribunal administratif');
  });

  it('says a grant’s dates and its school-year extension', () => {
    const grant = decision({ outcome: 'accordee', startsOn: '2027-03-12', endsOn: '2030-08-31', schoolYearExtension: true });
    expect(grantSentence(grant, 'jeune')).toBe(
      'Tu es accompagné·e du 12 mars 2027 au 31 août 2030, pour te permettre de finir ton année scolaire ou universitaire.',
    );
  });

  it('takes the latest decision as the one in force', () => {
    const second = decision({ id: '01JD2Y3QK9V8N6M4R2T0W1X5Z9', outcome: 'accordee' });
    expect(latestDecision(request([decision(), second]))?.id).toBe(second.id);
    expect(latestDecision(request([]))).toBeNull();
  });
});
