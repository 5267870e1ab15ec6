import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { NotFound } from '../../shared/domain/errors.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const question = (id: string) => ({ id, domain: 'logement', label: `Question ${id}`, kind: 'text' });

describe('writes racing each other answer 409, never 500', () => {
  it('publishes one questionnaire version per version number when admins publish at once', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api.call(people.admin, 'POST', '/api/interviews/preparation-template', { questions: [question(`q${index}`)] }),
      ),
    );
    const statuses = attempts.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const published = attempts.filter((response) => response.status === 201).map((response) => response.body.version);
    expect(new Set(published).size).toBe(published.length);
    for (const lost of attempts.filter((response) => response.status === 409)) expect(lost.body.error.code).toBe('VERSION_CONFLICT');
    const current = await api.call(people.admin, 'GET', '/api/interviews/preparation-template');
    // After the built-in versions 1 and 2.
    expect(current.body.version).toBe(2 + published.length);
  });

  it('adds every member when organisers add several at once, and counts them all', async () => {
    const committee = await api.call(people.organisateur, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ concurrent' });
    const youths = await Promise.all(Array.from({ length: 6 }, () => api.call(people.admin, 'POST', '/api/youth', newYouth())));
    const added = await Promise.all(
      youths.map((youth) =>
        api.call(people.organisateur, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.body.id }),
      ),
    );
    expect(added.map((response) => response.status)).toEqual(youths.map(() => 201));
    const read = await api.call(people.organisateur, 'GET', `/api/committees/${committee.body.id}`);
    expect(read.body.memberCount).toBe(6);
  });

  it('adds a young person once when the same member is added twice at once', async () => {
    const committee = await api.call(people.organisateur, 'POST', '/api/committees', { kind: 'CDJ', name: 'CDJ concurrent' });
    const youth = await api.call(people.admin, 'POST', '/api/youth', newYouth());
    const added = await Promise.all(
      [1, 2, 3].map(() =>
        api.call(people.organisateur, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.body.id }),
      ),
    );
    expect(added.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    const read = await api.call(people.organisateur, 'GET', `/api/committees/${committee.body.id}`);
    expect(read.body.memberCount).toBe(1);
  });

  it('says NotFound, not an SDK error, when a consultation to stamp or follow up is gone', async () => {
    const now = new Date();
    await expect(committeeRepo.publish(api.store, '62', 'no-committee', 'no-consultation', now)).rejects.toBeInstanceOf(NotFound);
    await expect(committeeRepo.close(api.store, '62', 'no-committee', 'no-consultation', now)).rejects.toBeInstanceOf(NotFound);
    const followUp = { questionId: 'q', status: 'en_cours' as const, text: 'En cours', updatedAt: now.toISOString() };
    await expect(committeeRepo.putFollowUp(api.store, '62', 'no-committee', 'no-consultation', followUp)).rejects.toBeInstanceOf(NotFound);
  });
});
