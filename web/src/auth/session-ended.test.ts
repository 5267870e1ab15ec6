import { describe, expect, it } from 'vitest';
import { sessionEndedNotice } from './session-ended';

describe('sessionEndedNotice', () => {
  it('speaks to a young person with « tu »', () => {
    expect(sessionEndedNotice('jeune')).toMatch(/^Ta session a pris fin.*Reconnecte-toi/);
  });

  it('speaks to staff, and to an unknown account, with « vous »', () => {
    for (const role of ['referent', 'coordinateur', 'admin', 'organisateur', null] as const) {
      expect(sessionEndedNotice(role)).toMatch(/^Votre session a pris fin.*Reconnectez-vous/);
    }
  });
});
