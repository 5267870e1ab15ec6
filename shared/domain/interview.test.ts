import { describe, expect, it } from 'vitest';
import type { Interview } from '../schemas/interviews.js';
import { InvalidInput } from './errors.js';
import { changeInterview, newInterview } from './interview.js';

const now = new Date('2026-11-24T10:00:00Z');
const situation = { housing: 'fjt_residence_sociale', resources: 'aide_ase', activity: 'cej', healthCover: 'inconnu' } as const;
const lina = { kind: 'jeune' as const, name: 'Lina Martin', role: '' };

function interview(kind: Interview['kind'], overrides: Partial<Interview> = {}): Interview {
  return {
    id: '01J',
    kind,
    scheduledOn: '2026-12-01',
    heldOn: null,
    participants: [],
    youngPersonAbsentReason: null,
    summary: 'Avant',
    points: [],
    rightsTold: [],
    situation: null,
    supportAgainToldOn: null,
    legacyExitIndicators: null,
    version: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('changeInterview', () => {
  it('applies the fields sent, keeps the others and moves to the next version', () => {
    const next = changeInterview(interview('entretien17', { participants: [lina] }), { version: 3, heldOn: '2026-11-20' }, now);
    expect(next).toMatchObject({ version: 4, heldOn: '2026-11-20', summary: 'Avant', updatedAt: now.toISOString() });
  });

  it('records the situation and the reminder at a follow-up interview', () => {
    const next = changeInterview(interview('suivi'), { version: 3, situation, supportAgainToldOn: '2026-11-20' }, now);
    expect(next).toMatchObject({ situation, supportAgainToldOn: '2026-11-20' });
  });

  it('refuses a situation at the entretien pour l’autonomie, pointing at the field', () => {
    const attempt = () => changeInterview(interview('entretien17'), { version: 3, situation }, now);
    expect(attempt).toThrow(InvalidInput);
    expect(attempt).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'json.situation' })] }));
  });

  it('accepts clearing it (null) at the entretien pour l’autonomie', () => {
    expect(changeInterview(interview('entretien17'), { version: 3, situation: null }, now).situation).toBeNull();
  });

  it('asks why a record held without the young person has no young person', () => {
    const attempt = () =>
      changeInterview(
        interview('entretien17'),
        { version: 3, heldOn: '2026-11-20', participants: [{ kind: 'referent', name: 'Sophie' }] },
        now,
      );
    expect(attempt).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'json.youngPersonAbsentReason' })] }));
  });

  it('lets a record made before participants were typed be edited without retyping them', () => {
    const old = interview('entretien17', { heldOn: '2025-10-01', participants: [{ kind: null, name: 'Lina', role: 'Jeune' }] });
    expect(changeInterview(old, { version: 3, summary: 'Après' }, now).summary).toBe('Après');
  });
});

describe('newInterview', () => {
  it('fills what was not sent, gives the participants their detail, and refuses a right told tomorrow', () => {
    const created = newInterview('01K', { kind: 'entretien17', participants: [{ kind: 'personne_de_confiance', name: 'Awa' }] }, now);
    expect(created).toMatchObject({
      id: '01K',
      version: 1,
      rightsTold: [],
      participants: [{ kind: 'personne_de_confiance', name: 'Awa', role: '' }],
    });
    const attempt = () =>
      newInterview('01L', { kind: 'entretien17', rightsTold: [{ right: 'logement_social', toldOn: '2026-11-25', answer: null }] }, now);
    expect(attempt).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'json.rightsTold.0.toldOn' })] }));
  });
});
