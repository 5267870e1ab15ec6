import { describe, expect, it } from 'vitest';
import type { Interview } from '../schemas/interviews.js';
import { InvalidInput } from './errors.js';
import { changeInterview } from './interview.js';

const now = new Date('2026-11-24T10:00:00Z');
const exit = { stableHousing: true, resources: true, educationOrWork: false, healthCover: true };

function interview(kind: Interview['kind'], overrides: Partial<Interview> = {}): Interview {
  return {
    id: '01J',
    kind,
    scheduledOn: '2026-12-01',
    heldOn: null,
    participants: [],
    summary: 'Avant',
    points: [],
    exitSituation: null,
    version: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('changeInterview', () => {
  it('applies the fields sent, keeps the others and moves to the next version', () => {
    const next = changeInterview(interview('entretien17'), { version: 3, heldOn: '2026-12-01' }, now);
    expect(next).toMatchObject({ version: 4, heldOn: '2026-12-01', summary: 'Avant', updatedAt: now.toISOString() });
  });

  it('records the exit situation at a follow-up interview', () => {
    expect(changeInterview(interview('suivi'), { version: 3, exitSituation: exit }, now).exitSituation).toEqual(exit);
  });

  it('refuses an exit situation at the entretien des 17 ans, pointing at the field', () => {
    const attempt = () => changeInterview(interview('entretien17'), { version: 3, exitSituation: exit }, now);
    expect(attempt).toThrow(InvalidInput);
    expect(attempt).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'json.exitSituation' })] }));
  });

  it('accepts clearing it (null) at the entretien des 17 ans', () => {
    expect(changeInterview(interview('entretien17'), { version: 3, exitSituation: null }, now).exitSituation).toBeNull();
  });
});
