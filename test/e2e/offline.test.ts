import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { PHONE } from '../support/browser.js';
import { type E2e, keptOnPhone, menuLink, openMenu, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const TRAINING = 'Quel métier ou quelle formation t’intéresse ?';
const HOUSING = 'Où habites-tu aujourd’hui, et comment ça se passe ?';

/** Idempotency records the server wrote for Lina with this exact request: one per write it applied. */
async function appliedWrites(method: string, path: string, body: unknown): Promise<number> {
  const requestHash = createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body)}`)
    .digest('hex');
  const result = await e2e.api.store.db.send(
    new ScanCommand({
      TableName: e2e.api.store.tableName,
      FilterExpression: 'pk = :pk AND requestHash = :hash',
      ExpressionAttributeValues: { ':pk': keys.idempotency('62', lina.sub), ':hash': requestHash },
    }),
  );
  return result.Items?.length ?? 0;
}

describe('offline on a phone', () => {
  it('keeps an answer typed offline across a reload, saves it once when the connection returns, and wipes the phone at sign-out', async () => {
    const youthId = (await e2e.api.call(lina, 'GET', '/api/youth/me')).body.id as string;
    const { context, page } = await e2e.signIn(PHONE, 'Lina Martin');
    await page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await page.goto(`${e2e.api.url}/#/entretien`);
    await page.getByRole('heading', { level: 1, name: 'Mon entretien et mon projet' }).waitFor();
    await page.getByLabel(TRAINING).waitFor();
    // The service worker holds the app shell once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });

    // Offline: the answer stays on the phone, and the page says so.
    await context.setOffline(true);
    const answer = 'Un CAP cuisine, tapé dans le bus sans réseau.';
    await page.getByLabel(TRAINING).fill(answer);
    await page.getByLabel(TRAINING).blur();
    await page.getByText('Enregistré sur ce téléphone, sera envoyé dès que possible.').waitFor();

    // A reload without network: the app opens, with what was seen last, marked as such, and the answer.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon entretien et mon projet' }).waitFor();
    await page.getByText('vu pour la dernière fois le', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel(TRAINING).inputValue(), { timeout: 10_000 }).toBe(answer);
    expect((await e2e.api.call(lina, 'GET', `/api/interviews/${youthId}/preparation`)).body.answers?.['projet-pro']).toBeUndefined();
    // « Mon dossier » offline too: the chunk of its sections comes from the service worker's precache.
    await (await menuLink(page, 'Mon dossier')).click();
    await page.getByRole('heading', { name: 'Mes informations' }).waitFor();
    await (await menuLink(page, 'Mon entretien et mon projet')).click();
    await page.getByLabel(TRAINING).waitFor();

    // The connection returns: the phone sends it by itself, and the server applies it once.
    await context.setOffline(false);
    const stored = async () => (await e2e.api.call(lina, 'GET', `/api/interviews/${youthId}/preparation`)).body.answers?.['projet-pro'];
    await expect.poll(stored, { timeout: 15_000 }).toBe(answer);
    const path = `/api/interviews/${youthId}/preparation/answers`;
    await expect.poll(() => keptOnPhone(page), { timeout: 10_000 }).toMatchObject({ drafts: 0 });
    expect(await appliedWrites('PUT', path, { answers: { 'projet-pro': answer } })).toBe(1);

    // A shared phone: something typed offline, then sign-out leaves nothing of Lina behind.
    await context.setOffline(true);
    await page.getByLabel(HOUSING).fill('Chez mon assistante familiale.');
    await page.getByLabel(HOUSING).blur();
    await page.getByText('Enregistré sur ce téléphone, sera envoyé dès que possible.').waitFor();
    expect(await keptOnPhone(page)).toMatchObject({ drafts: 1 });
    expect((await keptOnPhone(page)).seen).toBeGreaterThan(0);
    await openMenu(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion de démonstration' }).waitFor();
    expect(await keptOnPhone(page)).toEqual({ drafts: 0, seen: 0 });
    await context.close();
  });
});
