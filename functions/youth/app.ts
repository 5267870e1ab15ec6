import { decideOnYouthFile } from '../../shared/auth/policy.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { journalRepo } from '../../shared/db/journal-repo.js';
import { type YouthRecord, youthRepo } from '../../shared/db/youth-repo.js';
import { changesBinome } from '../../shared/domain/binome.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { computeKeyDates } from '../../shared/domain/key-dates.js';
import { datesAfterChange, findYouthDateProblems, type YouthDates } from '../../shared/domain/youth-dates.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { Forbidden, NotFound, ValidationFailed } from '../../shared/http/errors.js';
import { exportYouthFile } from './export.js';
import * as routes from './routes.js';

function toYouth(record: YouthRecord) {
  return { ...record, keyDates: computeKeyDates(record.birthDate, record.careEndDate) };
}

function toSummary(record: YouthRecord) {
  const { id, firstName, lastName, birthDate, careEndDate } = record;
  return { id, firstName, lastName, birthDate, careEndDate, keyDates: computeKeyDates(birthDate, careEndDate) };
}

function requireValidDates(dates: YouthDates, now: Date) {
  const problems = findYouthDateProblems(dates, parisDate(now));
  if (problems.length > 0) throw new ValidationFailed(problems.map(({ path, message }) => ({ path: `json.${path}`, message })));
}

/** The `youth` area: young people's files, the binôme's journal, the audit log, the RGPD export. */
export function createYouthApp(deps: Deps) {
  const app = createAreaApp('/api/youth', deps);

  app.openapi(routes.createYouthRoute, async (c) => {
    const principal = c.var.principal;
    if (principal.role !== 'admin') throw new Forbidden('Seul un administrateur peut créer un dossier.');
    const input = c.req.valid('json');
    requireValidDates(
      { birthDate: input.birthDate, careStartDate: input.careStartDate ?? null, careEndDate: input.careEndDate ?? null },
      deps.now(),
    );
    const record = await youthRepo.create(deps.store, principal, input, deps.now());
    return c.json(toYouth(record), 201);
  });

  app.openapi(routes.listYouthRoute, async (c) => {
    const principal = c.var.principal;
    if (!['referent', 'coordinateur', 'admin'].includes(principal.role)) throw new Forbidden();
    const page = await youthRepo.listFor(deps.store, principal, c.req.valid('query'));
    return c.json({ items: page.items.map(toSummary), cursor: page.cursor }, 200);
  });

  app.openapi(routes.getMyYouthRoute, async (c) => {
    const principal = c.var.principal;
    if (principal.role !== 'jeune') throw new Forbidden('Cette page est réservée aux jeunes.');
    const record = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    if (!record) throw new NotFound('Aucun dossier n’est rattaché à ton compte.');
    return c.json(toYouth(record), 200);
  });

  app.openapi(routes.getYouthRoute, async (c) => {
    const record = await openYouthFile(deps, c.var.principal, c.req.valid('param').id, 'profile.read');
    return c.json(toYouth(record), 200);
  });

  app.openapi(routes.updateYouthRoute, async (c) => {
    const principal = c.var.principal;
    const changes = c.req.valid('json');
    const current = await openYouthFile(deps, principal, c.req.valid('param').id, 'profile.update', { auditRead: false });
    if (changesBinome(current, changes) && decideOnYouthFile(principal, 'binome.assign', current) !== 'allow') {
      throw new Forbidden('Seul un administrateur peut changer le référent ou le coordinateur d’un dossier.');
    }
    requireValidDates(datesAfterChange(current, changes), deps.now());
    const updated = await youthRepo.update(deps.store, principal, current, changes, deps.now());
    return c.json(toYouth(updated), 200);
  });

  app.openapi(routes.addJournalEntryRoute, async (c) => {
    const principal = c.var.principal;
    const { id } = c.req.valid('param');
    await openYouthFile(deps, principal, id, 'journal.write', { auditRead: false });
    const entry = await journalRepo.add(deps.store, principal, id, c.req.valid('json'), deps.now());
    return c.json(entry, 201);
  });

  app.openapi(routes.listJournalRoute, async (c) => {
    const principal = c.var.principal;
    const { id } = c.req.valid('param');
    const record = await openYouthFile(deps, principal, id, 'journal.read');
    const onlyVisibleToYouth = principal.role === 'jeune';
    const page = await journalRepo.list(deps.store, record.departement, id, { onlyVisibleToYouth }, c.req.valid('query'));
    return c.json(page, 200);
  });

  app.openapi(routes.listAuditRoute, async (c) => {
    const principal = c.var.principal;
    const { id } = c.req.valid('param');
    const record = await openYouthFile(deps, principal, id, 'audit.read');
    return c.json(await auditRepo.list(deps.store, record.departement, id, c.req.valid('query')), 200);
  });

  app.openapi(routes.exportYouthRoute, async (c) => {
    const principal = c.var.principal;
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'export.read');
    return c.json({ youth: toYouth(record), ...(await exportYouthFile(deps.store, principal, record, deps.now())) }, 200);
  });

  return app;
}
