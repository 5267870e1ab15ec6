import { describe, expect, it } from 'vitest';
import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleViolation, VersionConflict } from '../domain/errors.js';
import { fromDomainError } from './error-table.js';

describe('fromDomainError', () => {
  it('answers a version conflict with 409 VERSION_CONFLICT, the current version as a detail and the cause kept', () => {
    const cause = new Error('ConditionalCheckFailed');
    const answer = fromDomainError(new VersionConflict({ currentVersion: 3, cause }));
    expect(answer).toMatchObject({ status: 409, code: 'VERSION_CONFLICT', details: [{ currentVersion: 3 }] });
    expect(answer.message).toMatch(/modifiées entre-temps/);
    expect((answer.cause as VersionConflict).cause).toBe(cause);
  });

  it('gives each thing not found its own French message under 404 NOT_FOUND', () => {
    expect(fromDomainError(new NotFound('committee.notFound'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Ce comité est introuvable.',
    });
    expect(fromDomainError(new NotFound('plan.notFound'))).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
  });

  it('tells a refused caller why with 403 FORBIDDEN', () => {
    expect(fromDomainError(new Forbidden('access.committeeMembers'))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Seuls les membres du comité votent.',
    });
    expect(fromDomainError(new Forbidden()).message).toMatch(/pas le droit/);
  });

  it('quotes the threshold a rule names', () => {
    const answer = fromDomainError(new RuleViolation('consultation.belowThreshold', { params: { minBallots: 7 } }));
    expect(answer).toMatchObject({ status: 409, code: 'RESULTS_WITHHELD' });
    expect(answer.message).toMatch(/^Moins de 7 votes/);
  });

  it('keeps the field details of invalid input and of something that exists already', () => {
    const invalid = fromDomainError(new InvalidInput('input.invalid', [{ path: 'json.answers.x', message: 'Réponse inconnue.' }]));
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION_ERROR', details: [{ path: 'json.answers.x' }] });
    const linked = fromDomainError(
      new AlreadyExists('account.alreadyLinked', { details: [{ path: 'accountSub', message: 'Compte déjà utilisé' }] }),
    );
    expect(linked).toMatchObject({ status: 409, code: 'ACCOUNT_ALREADY_LINKED', details: [{ path: 'accountSub' }] });
  });
});
