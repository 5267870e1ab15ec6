import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionRepo } from '../../shared/db/retention-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;
let linaId: string;
let other: { id: string; firstName: string; lastName: string };

const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };
const REASON = 'Demande du juge des enfants du 12 mars';

beforeAll(async () => {
  e2e = await startE2e();
  // Lina's file in the intermediate archive, as the daily job leaves it (the job's own rules are tested elsewhere).
  const youth = (await e2e.api.call(nadia, 'GET', '/api/youth?limit=100')).body.items as { id: string; firstName: string }[];
  linaId = youth.find((item) => item.firstName === 'Lina')?.id as string;
  const record = await youthRepo.get(e2e.api.store, '62', linaId);
  const now = new Date();
  expect(record && (await retentionRepo.archive(e2e.api.store, record, parisDate(now), now))).toBe(true);
  // Another file archived long ago: its intermediate period is over, a decision is due.
  other = (youth as (typeof other)[]).find((item) => item.id !== linaId) as typeof other;
  const otherRecord = await youthRepo.get(e2e.api.store, '62', other.id);
  expect(otherRecord && (await retentionRepo.archive(e2e.api.store, otherRecord, '1980-01-15', now))).toBe(true);
});

afterAll(() => e2e?.close());

/** WCAG 2.1 A and AA, as test/e2e/accessibility.test.ts checks the menu's pages: the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((v) => v.id);
}

describe('an archived file', () => {
  it('is opened by an admin only with a reason, which Lina reads before she reopens her file', async () => {
    // An admin finds the file in « Dossiers archivés », with when it was archived and until when.
    const admin = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await admin.page.getByRole('link', { name: 'Dossiers archivés' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Dossiers archivés' }).waitFor();
    const card = admin.page.getByRole('listitem').filter({ hasText: 'Lina Martin' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Archivé le.*Archive intermédiaire.*Jusqu’au/);
    expect(await seriousViolations(admin.page)).toEqual([]);

    // The retention periods, on the same page: a wrong number is refused in words, a right one kept.
    const periods = section(admin.page, 'Durées de conservation');
    await periods.getByText('2 ans après le dernier contact du jeune', { exact: false }).waitFor();
    await periods.getByRole('button', { name: 'Modifier les durées' }).click();
    await periods.getByLabel('Années en archive intermédiaire').fill('0');
    await periods.getByRole('button', { name: 'Enregistrer les durées' }).click();
    await periods.getByText('Indiquez un nombre entier d’années, de 1 à 100.', { exact: false }).waitFor();
    await periods.getByLabel('Années en archive intermédiaire').fill('30');
    await periods.getByRole('button', { name: 'Enregistrer les durées' }).click();
    await periods.getByText('30 ans, puis versement', { exact: false }).waitFor();
    await periods.getByText('1 an après la publication des résultats', { exact: false }).waitFor();
    expect((await e2e.api.call(nadia, 'GET', '/api/youth/retention-settings')).body).toEqual({
      activeYears: 2,
      intermediateYears: 30,
      markersYears: 1,
    });

    // Opening it asks for a reason first: none is refused in French, nothing is opened.
    await card.getByRole('link', { name: 'Lina Martin' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Ouvrir le dossier archivé de Lina Martin' }).waitFor();
    await admin.page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await admin.page.getByText('Erreur\u202f: Indiquez le motif', { exact: false }).waitFor();
    expect(await admin.page.evaluate(() => document.activeElement?.id)).toBe('reason');
    expect(await seriousViolations(admin.page)).toEqual([]);

    // With a reason, the file shows read-only: a banner says so, and nothing offers to change it.
    await admin.page.getByLabel('Motif de l’ouverture').fill(REASON);
    await admin.page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    await admin.page.getByText('Dossier archivé\u202f: lecture seule').waitFor();
    await section(admin.page, 'Journal').getByText('Rendez-vous pris avec la mission locale', { exact: false }).waitFor();
    expect(
      await admin.page
        .locator('main')
        .getByRole('button', { name: /Modifier|Écrire|Enregistrer/ })
        .count(),
    ).toBe(0);
    expect(await admin.page.getByRole('heading', { name: 'Que faire de ce dossier' }).isVisible()).toBe(true);
    // Its intermediate period has just begun: neither hand-over nor destruction is offered.
    expect(await admin.page.getByRole('button', { name: /Verser aux archives|Détruire/ }).count()).toBe(0);
    expect(await seriousViolations(admin.page)).toEqual([]);
    await admin.context.close();

    // Lina, on her phone, reads that her file is archived, and who opened it and why: one line.
    const lina = await e2e.signIn(PHONE, 'Lina Martin');
    await lina.page.getByRole('heading', { level: 2, name: 'Ton dossier est archivé' }).waitFor();
    const consultations = section(lina.page, 'Qui a consulté mon dossier');
    const opening = consultations.getByRole('listitem').filter({ hasText: 'Nadia Roussel' }).filter({ hasText: 'archivé' });
    await expect.poll(() => opening.count(), { timeout: 15_000 }).toBe(1);
    expect(await opening.textContent()).toContain('Nadia Roussel (administrateur·rice) a ouvert ton dossier archivé');
    expect(await opening.textContent()).toContain(`Raison donnée\u202f: «\u202f${REASON}\u202f»`);
    expect(await seriousViolations(lina.page)).toEqual([]);
    // Read-only until she reopens it: no message to write, no personne de confiance to change.
    const writers = () => lina.page.getByRole('button', { name: /Écrire un message à mon binôme|personne de confiance/ }).count();
    expect(await writers()).toBe(0);
    await lina.page.getByText('rouvre d’abord ton dossier', { exact: false }).first().waitFor();

    // She reopens it, after saying yes: the banner goes, and her file stays on the page.
    await lina.page.getByRole('button', { name: 'Rouvrir mon dossier' }).click();
    await lina.page.getByRole('button', { name: 'Oui, rouvrir mon dossier' }).click();
    await expect.poll(() => lina.page.getByRole('heading', { name: 'Ton dossier est archivé' }).count(), { timeout: 10_000 }).toBe(0);
    await lina.page.getByText('Ton dossier est rouvert', { exact: false }).waitFor();
    await expect.poll(writers, { timeout: 10_000 }).toBe(2);
    expect(await lina.page.getByRole('heading', { name: 'Qui a consulté mon dossier' }).isVisible()).toBe(true);
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lina.context.close();

    // Back in the active base: her file is in the département's list again, and no longer in the archive's.
    const active = await e2e.api.call(nadia, 'GET', '/api/youth?limit=100');
    expect(active.body.items.map((item: { id: string }) => item.id)).toContain(linaId);
    const archived = (await e2e.api.call(nadia, 'GET', '/api/youth/archived')).body.items as { id: string }[];
    expect(archived.map((item) => item.id)).toEqual([other.id]);
  });

  it('is destroyed by an admin once its intermediate period is over, with the decision reference', async () => {
    const admin = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await admin.page.getByRole('link', { name: 'Dossiers archivés' }).click();
    const name = `${other.firstName} ${other.lastName}`;
    const card = admin.page.getByRole('listitem').filter({ hasText: name });
    await card.getByRole('link', { name }).click();
    await admin.page.getByLabel('Motif de l’ouverture').fill('Fin de l’archive intermédiaire, visa reçu');
    await admin.page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await admin.page.getByRole('button', { name: 'Détruire le dossier' }).click();
    await admin.page.getByText('Cette destruction est irréversible.').waitFor();
    // A reference quoting the young person is refused at the field, which gets the focus.
    await admin.page.getByLabel('Référence de la décision des archives départementales').fill(`Visa ${other.lastName}`);
    await admin.page.getByRole('button', { name: 'Détruire définitivement le dossier' }).click();
    await admin.page.getByText('Retirez le nom du jeune', { exact: false }).waitFor();
    expect(await admin.page.evaluate(() => document.activeElement?.id)).toBe('destroy-reference');
    expect(await seriousViolations(admin.page)).toEqual([]);
    await admin.page.getByLabel('Référence de la décision des archives départementales').fill('Visa AD62 n° 2038-114');
    await admin.page.getByRole('button', { name: 'Détruire définitivement le dossier' }).click();
    await admin.page.getByText('Dossier détruit', { exact: false }).waitFor();
    await admin.page.getByRole('heading', { level: 1, name: 'Dossiers archivés' }).waitFor();
    await expect.poll(() => admin.page.getByRole('listitem').filter({ hasText: name }).count()).toBe(0);
    expect((await e2e.api.call(nadia, 'GET', '/api/youth/archived')).body.items).toEqual([]);
    await admin.context.close();
  });
});
