import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS } from '../../../shared/domain/reminders.js';
import { failureLabel, reminderKindLabel } from './labels';

describe('reminder labels', () => {
  it('name every kind of message in French, and show an unknown kind as it comes', () => {
    for (const kind of MESSAGE_KINDS) expect(reminderKindLabel(kind)).not.toBe(kind);
    expect(reminderKindLabel('new_kind')).toBe('new_kind');
  });

  it('say an interrupted send may have left, and give the service’s code otherwise', () => {
    expect(failureLabel('Interrupted')).toMatch(/peut-être parti/);
    expect(failureLabel('MessageRejected')).toContain('MessageRejected');
    expect(failureLabel(null)).toBe('Raison inconnue.');
  });
});
