import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { journalRepo } from '../../shared/db/journal-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema, pageQuerySchema } from '../../shared/schemas/common.js';
import { createJournalEntrySchema, journalEntrySchema, journalPageSchema } from '../../shared/schemas/youth.js';
import { errors, idParams } from './route-parts.js';

const tags = ['Journal'];

export const addJournalEntryRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Écrire dans le journal du binôme (le jeune : un message à son binôme, qu’il lit aussi)',
  security,
  request: {
    params: idParams,
    headers: idempotencyHeaderSchema,
    body: jsonBody(createJournalEntrySchema, 'L’entrée'),
  },
  responses: {
    201: jsonContent(journalEntrySchema, 'Entrée ajoutée'),
    ...errors,
  },
});

export const listJournalRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Lire le journal (le jeune ne reçoit que les entrées qui lui sont destinées)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: jsonContent(journalPageSchema, 'Entrées, les plus récentes d’abord'), ...errors },
});

/** The binôme's journal on a file, mounted at `/{id}/journal`. */
export function journalRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(addJournalEntryRoute, async (c) => {
    const principal = c.var.principal;
    const { id } = c.req.valid('param');
    await openYouthFile(deps, principal, id, 'journal.write', { auditRead: false });
    const input = c.req.valid('json');
    // The young person's message is theirs to read too: never a note hidden from its author.
    const visibleToYouth = principal.role === 'jeune' ? true : input.visibleToYouth;
    const entry = await journalRepo.add(deps.store, principal, id, { text: input.text, visibleToYouth }, deps.now());
    return c.json(entry, 201);
  });

  app.openapi(listJournalRoute, async (c) => {
    const principal = c.var.principal;
    const { id } = c.req.valid('param');
    const onlyVisibleToYouth = principal.role === 'jeune';
    const { data: page } = await readYouthFile(
      deps,
      principal,
      id,
      'journal.read',
      (record) => journalRepo.list(deps.store, record.departement, id, { onlyVisibleToYouth }, c.req.valid('query')),
      (found) => found.items.length === 0,
    );
    return c.json(page, 200);
  });

  return app;
}
