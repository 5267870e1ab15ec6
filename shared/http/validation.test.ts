import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { issuesToDetails } from './validation.js';

describe('issuesToDetails', () => {
  it('says where, from the request part down the path, and what is wrong in French', () => {
    const result = z.object({ answers: z.record(z.string(), z.string()) }).safeParse({ answers: { logement: 3 } });
    const details = issuesToDetails(result.error?.issues ?? [], 'json');
    expect(details).toHaveLength(1);
    expect(details[0]?.path).toBe('json.answers.logement');
    expect(details[0]?.message).toMatch(/attendu|invalide/i);
  });

  it('keeps twenty details at most', () => {
    const result = z.array(z.number()).safeParse(Array.from({ length: 30 }, () => 'x'));
    expect(issuesToDetails(result.error?.issues ?? [], 'json')).toHaveLength(20);
  });
});
