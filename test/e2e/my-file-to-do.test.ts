import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { type E2e, menuLink, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';
import { completePlan } from '../support/plan-body.js';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

const sophie: Caller = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre' };
const yanis: Caller = { sub: 'jeune-62-yanis', role: 'jeune', departement: '62', name: 'Yanis Benali' };

describe('« À faire maintenant » on a phone', () => {
  it('takes Yanis from « Mon dossier » to his plan in one tap; he confirms his signature; the print view fits 360 px', async () => {
    // Prepare: his entretien was held; Sophie proposes a plan with an action for Karim.
    const { api } = e2e;
    const yanisId = (await api.call(yanis, 'GET', '/api/youth/me')).body.id as string;
    const heldOn = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const held = await api.call(sophie, 'POST', `/api/interviews/${yanisId}/interviews`, {
      kind: 'entretien17',
      heldOn,
      participants: [{ kind: 'jeune', name: 'Yanis Benali' }],
    });
    expect(held.status).toBe(201);
    const plan = completePlan([
      {
        id: 'logement',
        domain: 'logement',
        label: 'Entrer dans un logement social à Arras, avec une aide pour la caution et un accompagnement',
        planB: 'Foyer de jeunes travailleurs',
        actions: [{ id: 'a1', label: 'Demander la garantie Visale', who: 'coordinateur', dueOn: '2027-01-15', status: 'a_faire' }],
      },
    ]);
    const current = await api.call(sophie, 'GET', `/api/interviews/${yanisId}/plan`);
    const version = current.status === 200 ? (current.body.version as number) : 0;
    expect((await api.call(sophie, 'PUT', `/api/interviews/${yanisId}/plan`, { version, ...plan })).status).toBe(200);

    // Act: Yanis opens « Mon dossier » on his phone.
    const phone = await e2e.signIn(PHONE, 'Yanis Benali');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    const toDo = section(phone.page, 'À faire maintenant');
    await toDo.getByText('Ton projet d’autonomie est prêt', { exact: false }).waitFor();
    // Votes slower than the file (a slow phone): « Mon binôme » shows once, where it stays (phone
    // walk-through: it showed under a one-line « Recherche… », then jumped 700 px down, CLS 0.4).
    await phone.page.route('**/api/committees/votes-waiting', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await phone.page.reload();
    const binomeTitle = phone.page.getByRole('heading', { name: 'Mon binôme', exact: true });
    await binomeTitle.waitFor();
    const firstTop = (await binomeTitle.boundingBox())?.y;
    await toDo.getByText('Ton projet d’autonomie est prêt', { exact: false }).waitFor();
    expect((await binomeTitle.boundingBox())?.y).toBe(firstTop);
    await phone.page.unroute('**/api/committees/votes-waiting');
    // His binôme, by name.
    expect(await section(phone.page, 'Mon binôme').getByText('Sophie Lefebvre').isVisible()).toBe(true);
    // The numbers to call, inside their sentences, are still a finger's size to tap.
    const heights = await section(phone.page, 'Mon binôme')
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
    await toDo.getByRole('link', { name: 'Lire et signer mon projet' }).click();

    // The plan comes first; the questionnaire of an interview already held is folded away.
    await phone.page.getByRole('heading', { level: 1, name: 'Mon entretien et mon projet' }).waitFor();
    const myPlan = section(phone.page, 'Mon projet');
    await myPlan.getByText('Demander la garantie Visale').waitFor();
    expect(await myPlan.getByText('Karim Haddad').isVisible()).toBe(true);
    expect(await phone.page.getByText('Mes réponses d’avant l’entretien', { exact: false }).isVisible()).toBe(true);
    expect(await phone.page.getByRole('heading', { name: 'Préparer mon entretien' }).isVisible()).toBe(false);

    // Signing takes two explicit steps; going back signs nothing.
    await myPlan.getByRole('button', { name: 'Je suis d’accord' }).click();
    await myPlan.getByRole('button', { name: 'Revenir au projet' }).click();
    expect((await api.call(sophie, 'GET', `/api/interviews/${yanisId}/plan`)).body.status).toBe('propose');
    await myPlan.getByRole('button', { name: 'Je suis d’accord' }).click();
    const confirm = myPlan.getByRole('region', { name: /Tu confirmes ta signature/ });
    await confirm.getByRole('button', { name: 'Oui, je signe mon projet' }).click();
    await myPlan.getByText('Signé le', { exact: false }).waitFor();
    expect((await api.call(sophie, 'GET', `/api/interviews/${yanisId}/plan`)).body.status).toBe('signe');

    // Back on « Mon dossier », the plan no longer waits.
    await (await menuLink(phone.page, 'Mon dossier')).click();
    await section(phone.page, 'À faire maintenant').waitFor();
    expect(await phone.page.getByText('Ton projet d’autonomie est prêt', { exact: false }).count()).toBe(0);

    // The print view: names on the signature lines, nothing wider than the phone.
    await phone.page.goto(`${api.url}/#/entretien/imprimer`);
    await phone.page.getByRole('heading', { level: 1, name: 'Projet d’accès à l’autonomie' }).waitFor();
    const signatures = phone.page.getByRole('region', { name: 'Signatures' });
    await signatures.getByText('Yanis Benali', { exact: true }).waitFor();
    expect(await signatures.getByText('Sophie Lefebvre', { exact: true }).isVisible()).toBe(true);
    expect(await phone.page.getByText('Demander la garantie Visale').isVisible()).toBe(true);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const overflowing = await phone.page.evaluate(
      () => [...document.querySelectorAll('.plan-document *')].filter((element) => element.getBoundingClientRect().right > 361).length,
    );
    expect(overflowing).toBe(0);
    await phone.context.close();
  });
});
