import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopToken } from '../../functions/reminders/stop-token.js';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';
import { completePlan } from '../support/plan-body.js';

/** Where the 360x740 screenshots of the young person's pages are kept (git-ignored): see README. */
const SCREENS_DIR = 'test-artifacts/screens';

let e2e: E2e;

const claire: Caller = { sub: 'orga-62-claire', role: 'organisateur', departement: '62', name: 'Claire Petit' };
const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };
const sophie: Caller = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre' };

beforeAll(async () => {
  e2e = await startE2e();
  mkdirSync(SCREENS_DIR, { recursive: true });
  // An open consultation for Lina to vote on: the demo's committee comes only with `npm start`.
  const youth = (await e2e.api.call(nadia, 'GET', '/api/youth')).body.items as { id: string; firstName: string }[];
  const committee = await e2e.api.call(claire, 'POST', '/api/committees', {
    kind: 'CTJ',
    name: 'CTJ de l’Arrageois',
    territory: 'Arrageois',
  });
  expect(committee.status).toBe(201);
  for (const member of youth.filter((item) => item.firstName === 'Lina' || item.firstName === 'Yanis')) {
    expect((await e2e.api.call(claire, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: member.id })).status).toBe(201);
  }
  // A plan proposed to Yanis after his entretien, for him to sign with the keyboard.
  const yanisId = youth.find((item) => item.firstName === 'Yanis')?.id as string;
  const heldOn = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await e2e.api.call(sophie, 'POST', `/api/interviews/${yanisId}/interviews`, {
    kind: 'entretien17',
    heldOn,
    participants: [{ kind: 'jeune', name: 'Yanis Benali' }],
  });
  const current = await e2e.api.call(sophie, 'GET', `/api/interviews/${yanisId}/plan`);
  const version = current.status === 200 ? (current.body.version as number) : 0;
  const plan = completePlan([
    {
      id: 'logement',
      domain: 'logement',
      label: 'Entrer dans un logement social à Arras',
      planB: 'Foyer de jeunes travailleurs',
      actions: [{ id: 'a1', label: 'Demander la garantie Visale', who: 'coordinateur', dueOn: '2027-01-15', status: 'a_faire' }],
    },
  ]);
  expect((await e2e.api.call(sophie, 'PUT', `/api/interviews/${yanisId}/plan`, { version, ...plan })).status).toBe(200);
  const consultation = await e2e.api.call(claire, 'POST', `/api/committees/${committee.body.id}/consultations`, {
    title: 'Les réunions du comité',
    questions: [
      {
        id: 'jour',
        label: 'Quel jour pour les réunions ?',
        kind: 'single',
        options: [
          { id: 'mercredi', label: 'Le mercredi' },
          { id: 'samedi', label: 'Le samedi' },
        ],
      },
      {
        id: 'sujets',
        label: 'Quels sujets aborder ?',
        kind: 'multiple',
        options: [
          { id: 'logement', label: 'Le logement' },
          { id: 'sante', label: 'La santé' },
        ],
      },
    ],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    minBallots: 5,
  });
  expect(consultation.status).toBe(201);
});

afterAll(() => e2e?.close());

/** Waits until the page has finished loading and shows no error. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  expect(await page.locator('.notice--error').allInnerTexts()).toEqual([]);
}

/** axe's serious and critical findings on the page as it is now (WCAG 2.1 A and AA), one line each. */
async function seriousViolations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${state}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}`));
}

/**
 * Targets under a finger's 44 px, one line each: links alone on their line (the whole text of their
 * paragraph) and the « summary » of a disclosure (phone walk-through: « Retour à mes comités » and
 * « Voir mes données maintenant » were 20 px tall, « Historique » of a housing application 26 px).
 */
async function smallTargets(page: Page, state: string): Promise<string[]> {
  const small = await page.locator('main p > a, main summary').evaluateAll((targets) =>
    targets
      .filter((target) => target.tagName === 'SUMMARY' || target.parentElement?.textContent?.trim() === target.textContent?.trim())
      .map((target) => ({ name: target.textContent?.trim() ?? '', height: target.getBoundingClientRect().height }))
      .filter((target) => target.height > 0 && target.height < 44),
  );
  return small.map((target) => `${state}: « ${target.name} » is ${Math.round(target.height)} px tall`);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${e2e.api.url}/#${path}`);
  await settled(page);
}

async function clickLink(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).first().click();
  await settled(page);
}

/**
 * Presses Tab until `target` has the focus (at most 80 times), then tells whether the focus shows:
 * the element's outline or box shadow while focused must differ from those it has once blurred.
 */
async function reachByKeyboard(page: Page, target: Locator): Promise<{ reached: boolean; visible: boolean }> {
  await page.locator('body').evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  const handle = await target.elementHandle();
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) {
      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      };
      const focused = await page.evaluate(look, handle);
      const hasRing = await page.evaluate((element) => {
        const style = getComputedStyle(element as Element);
        return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      }, handle);
      await page.evaluate((element) => (element as HTMLElement).blur(), handle);
      const blurred = await page.evaluate(look, handle);
      // Back where the keyboard left it, for the next key.
      await page.evaluate((element) => (element as HTMLElement).focus(), handle);
      return { reached: true, visible: hasRing && focused !== blurred };
    }
  }
  return { reached: false, visible: false };
}

describe('accessibility: axe finds no serious or critical violation, and the keyboard reaches what matters', () => {
  it('on every page and journey state of a young person, at 360x740 (screenshots kept)', async () => {
    const found: string[] = [];
    const check = async (page: Page, state: string, screenshot?: string) => {
      found.push(...(await seriousViolations(page, state)), ...(await smallTargets(page, state)));
      if (screenshot) await page.screenshot({ path: `${SCREENS_DIR}/${screenshot}.png`, fullPage: true });
    };

    const lina = await e2e.signIn(PHONE, 'Lina Martin');
    await settled(lina.page);
    await check(lina.page, 'Lina /moi', 'moi');
    // « Mes rappels par SMS et e-mail »: an address given, its code awaited.
    const reminders = section(lina.page, 'Mes rappels par SMS et e-mail');
    await reminders.getByRole('button', { name: 'Ajouter mon adresse' }).click();
    await reminders.getByLabel('Adresse e-mail').fill('lina.a11y@example.fr');
    await reminders.getByRole('button', { name: 'Recevoir un code' }).click();
    await reminders.getByLabel('Code reçu par e-mail').waitFor();
    await check(lina.page, 'Lina /moi: code awaited', 'moi-rappels');
    for (const [path, name] of [
      ['/aide', 'aide'],
      ['/entretien', 'entretien'],
      ['/grille', 'grille'],
      ['/logement', 'logement'],
      ['/accompagnement', 'accompagnement'],
      ['/droits', 'droits'],
      ['/comites', 'comites'],
    ] as const) {
      await open(lina.page, path);
      await check(lina.page, `Lina ${path}`, name);
    }
    // The vote: the ballot, then its review before confirming; results of a published consultation.
    await open(lina.page, '/comites');
    await lina.page.getByRole('link', { name: 'Voter' }).first().click();
    await settled(lina.page);
    await check(lina.page, 'Lina: vote', 'comites-vote');
    const firstChoice = lina.page.locator('main input[type="radio"], main input[type="checkbox"]').first();
    const vote = await reachByKeyboard(lina.page, firstChoice);
    expect(vote, 'the first choice of the ballot, by keyboard').toEqual({ reached: true, visible: true });
    await lina.page.keyboard.press('Space');
    const feedback = await reachByKeyboard(lina.page, lina.page.getByLabel('Mon avis'));
    expect(feedback, 'the « Mon avis » field, by keyboard').toEqual({ reached: true, visible: true });
    for (const group of await lina.page.locator('main fieldset').all()) {
      await group.locator('input').first().check();
    }
    await lina.page.getByRole('button', { name: 'Vérifier mon vote' }).click();
    await lina.page.getByRole('button', { name: 'Confirmer mon vote' }).waitFor();
    await check(lina.page, 'Lina: vote review');
    const confirm = await reachByKeyboard(lina.page, lina.page.getByRole('button', { name: 'Confirmer mon vote' }));
    expect(confirm, '« Confirmer mon vote », by keyboard').toEqual({ reached: true, visible: true });
    // A form of hers: the preparation's first text answer.
    await open(lina.page, '/entretien');
    const answer = await reachByKeyboard(lina.page, lina.page.locator('main textarea, main input[type="text"]').first());
    expect(answer, 'the preparation’s first answer, by keyboard').toEqual({ reached: true, visible: true });
    await lina.context.close();

    // Yanis at 18: his pages past the interview, the print view, support after 18.
    const yanis = await e2e.signIn(PHONE, 'Yanis Benali');
    await settled(yanis.page);
    await open(yanis.page, '/entretien');
    await check(yanis.page, 'Yanis /entretien', 'entretien-18-ans');
    // The signature with the keyboard only, the focus visible at each step: « Je suis d’accord », then « Oui, je signe mon projet ».
    const agree = await reachByKeyboard(yanis.page, yanis.page.getByRole('button', { name: 'Je suis d’accord' }));
    expect(agree, '« Je suis d’accord », by keyboard').toEqual({ reached: true, visible: true });
    await yanis.page.keyboard.press('Enter');
    const confirmTitle = yanis.page.getByRole('heading', { name: 'Tu confirmes ta signature ?' });
    await expect.poll(() => confirmTitle.evaluate((title) => document.activeElement === title)).toBe(true);
    await check(yanis.page, 'Yanis: signature to confirm');
    await yanis.page.keyboard.press('Tab');
    const sign = yanis.page.getByRole('button', { name: 'Oui, je signe mon projet' });
    expect(await sign.evaluate((button) => document.activeElement === button), 'Tab goes to « Oui, je signe mon projet »').toBe(true);
    expect(
      await sign.evaluate((button) => {
        const style = getComputedStyle(button);
        return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      }),
      'its focus shows',
    ).toBe(true);
    await yanis.page.keyboard.press('Enter');
    await yanis.page.getByText('Signé le', { exact: false }).first().waitFor();
    await open(yanis.page, '/entretien/imprimer');
    await check(yanis.page, 'Yanis /entretien/imprimer', 'entretien-imprimer');
    await open(yanis.page, '/grille');
    await check(yanis.page, 'Yanis /grille', 'grille-yanis');
    await open(yanis.page, '/logement');
    await check(yanis.page, 'Yanis /logement', 'logement-yanis');
    await open(yanis.page, '/accompagnement');
    await check(yanis.page, 'Yanis /accompagnement', 'accompagnement-yanis');
    await open(yanis.page, '/moi/donnees');
    await check(yanis.page, 'Yanis /moi/donnees', 'mes-donnees-yanis');
    await open(yanis.page, '/moi/demandes');
    await check(yanis.page, 'Yanis /moi/demandes', 'mes-demandes-yanis');
    await yanis.context.close();

    // The STOP link of a message, opened signed out: asked, then done.
    const lina62 = (await e2e.api.call(nadia, 'GET', '/api/youth')).body.items.find(
      (item: { firstName: string }) => item.firstName === 'Lina',
    );
    const stop = await e2e.browser.newContext(PHONE);
    const stopPage = await stop.newPage();
    await open(stopPage, `/arret/${await stopToken(e2e.api.store, '62', { type: 'jeune', youthId: lina62.id })}`);
    await check(stopPage, 'STOP link', 'arret');
    await stopPage.getByRole('button', { name: 'Arrêter tous les messages' }).click();
    await stopPage.getByText('C’est fait').waitFor();
    await check(stopPage, 'STOP link: done');
    await stop.close();

    expect(found).toEqual([]);
  }, 600_000);

  it('on every page of the referent, the coordinateur, the admin and the organiser, at desktop size', async () => {
    const found: string[] = [];
    const roles = [
      { account: 'Sophie Lefebvre', pages: ['/jeunes', '/suivi', '/logement'], file: 'Lina Martin' },
      { account: 'Karim Haddad', pages: ['/suivi'], file: 'Yanis Benali' },
      {
        account: 'Nadia Roussel',
        pages: [
          '/jeunes',
          '/jeunes/nouveau',
          '/logement',
          '/logement/partenaires',
          '/grille',
          '/personnel',
          '/rappels',
          '/indicateurs',
          '/archives',
          '/demandes-rgpd',
        ],
        file: 'Yanis Benali',
      },
    ];
    for (const role of roles) {
      const { context, page } = await e2e.signIn(DESKTOP, role.account);
      await settled(page);
      for (const path of role.pages) {
        await open(page, path);
        found.push(...(await seriousViolations(page, `${role.account} ${path}`)));
      }
      await open(page, '/jeunes');
      await clickLink(page, role.file);
      found.push(...(await seriousViolations(page, `${role.account}: file`)));
      const fileUrl = page.url();
      for (const link of ['Ouvrir l’entretien pour l’autonomie et le projet d’autonomie', 'Ouvrir la grille d’autonomie']) {
        await page.goto(fileUrl);
        await settled(page);
        await clickLink(page, link);
        found.push(...(await seriousViolations(page, `${role.account}: ${link}`)));
      }
      if (role.account === 'Sophie Lefebvre') {
        // A form of staff: the journal's new entry.
        await page.goto(fileUrl);
        await settled(page);
        const entry = await reachByKeyboard(page, page.getByLabel('Nouvelle entrée'));
        expect(entry, 'the journal’s « Nouvelle entrée », by keyboard').toEqual({ reached: true, visible: true });
      }
      await context.close();
    }

    const claire = await e2e.signIn(DESKTOP, 'Claire Petit');
    await settled(claire.page);
    found.push(...(await seriousViolations(claire.page, 'Claire /comites')));
    await clickLink(claire.page, 'CTJ de l’Arrageois');
    found.push(...(await seriousViolations(claire.page, 'Claire: committee')));
    await claire.page.getByRole('link', { name: 'Créer une consultation' }).click();
    await settled(claire.page);
    found.push(...(await seriousViolations(claire.page, 'Claire: new consultation')));
    await claire.context.close();

    expect(found).toEqual([]);
  }, 600_000);
});
