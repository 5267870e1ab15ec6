import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalMessaging, startLocalMessaging } from '../../functions/local/local-transports.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { PHONE } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';
import { completePlan } from '../support/plan-body.js';

let e2e: E2e;
let messaging: LocalMessaging;

const sophie: Caller = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre' };
const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };
const ADDRESS = 'lina.e2e@example.fr';

// The server's clock runs from 11:00 or noon in Paris today, whatever the hour of the run:
// a reminder is never held by the quiet hours here (tokens keep the real clock).
const started = Date.now();
const midday = Date.parse(`${parisDate(new Date())}T10:00:00Z`);
const serverNow = () => new Date(midday + (Date.now() - started));

beforeAll(async () => {
  messaging = await startLocalMessaging();
  e2e = await startE2e({ now: serverNow, messaging });
}, 60_000);

afterAll(async () => {
  await e2e?.close();
  await messaging?.stop();
});

interface MailDevEmail {
  subject: string;
  text: string;
  to: { address: string }[];
}

/** MailDev's REST API: every e-mail it received. */
async function mailbox(): Promise<MailDevEmail[]> {
  const response = await fetch(`${messaging.mailDevUrl}/api/email`);
  expect(response.ok).toBe(true);
  return (await response.json()) as MailDevEmail[];
}

/** The e-mails to Lina whose text matches `pattern`, once there is one (within 15 s). */
async function emailsTo(pattern: RegExp): Promise<MailDevEmail[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await mailbox()).filter((email) => email.to.some((to) => to.address === ADDRESS) && pattern.test(email.text));
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Sophie proposes Lina's plan again: the event that reminds Lina. */
async function proposePlan(linaId: string) {
  const current = await e2e.api.call(sophie, 'GET', `/api/interviews/${linaId}/plan`);
  const version = current.status === 200 ? (current.body.version as number) : 0;
  const goals = [{ id: 'g1', domain: 'logement', label: 'Trouver un studio', planB: 'Foyer de jeunes travailleurs', actions: [] }];
  const saved = await e2e.api.call(sophie, 'PUT', `/api/interviews/${linaId}/plan`, { version, ...completePlan(goals) });
  expect(saved.status).toBe(200);
}

describe('reminders through MailDev', () => {
  it('Lina verifies her address with the code from MailDev, gets a reminder with a link to her plan, and stops them from the STOP link', async () => {
    const linaId = (await e2e.api.call(nadia, 'GET', '/api/youth')).body.items.find(
      (item: { firstName: string }) => item.firstName === 'Lina',
    ).id as string;

    // She gives her address in « Mon dossier »; the code arrives in MailDev.
    const lina = await e2e.signIn(PHONE, 'Lina Martin');
    const reminders = section(lina.page, 'Mes rappels par SMS et e-mail');
    await reminders.getByRole('button', { name: 'Ajouter mon adresse' }).click();
    await reminders.getByLabel('Adresse e-mail').fill(ADDRESS);
    await reminders.getByRole('button', { name: 'Recevoir un code' }).click();
    const [codeEmail] = await emailsTo(/Ton code Envol/);
    const code = /(\d{6})/.exec(codeEmail?.text ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await reminders.getByLabel('Code reçu par e-mail').fill(code);
    await reminders.getByRole('button', { name: 'Vérifier' }).click();
    await reminders.getByLabel(/Par e-mail/).waitFor();
    expect(await reminders.textContent()).toContain('Adresse vérifiée\u202f: l•••@example.fr');
    expect(await reminders.getByLabel(/Par e-mail/).isChecked()).toBe(true);

    // Sophie proposes her plan: the reminder arrives, with nothing of the plan in it.
    await proposePlan(linaId);
    const [reminder] = await emailsTo(/Tu as du nouveau dans Envol/);
    expect(reminder?.text).not.toMatch(/studio|logement|Sophie/i);
    const link = /(http:\/\/\S+#\/entretien)\b/.exec(reminder?.text ?? '')?.[1] ?? '';
    const stopLink = /(http:\/\/\S+#\/arret\/\S+)/.exec(reminder?.text ?? '')?.[1] ?? '';
    expect(link).toContain(e2e.api.url);

    // The link opens her plan (she is signed in on this phone).
    await lina.page.goto(link);
    await lina.page.getByRole('heading', { level: 1, name: /Mon entretien/ }).waitFor();
    await lina.page.getByText('Trouver un studio').first().waitFor();
    await lina.context.close();

    // Anyone holding the message may stop them, without signing in.
    const holder = await e2e.browser.newContext(PHONE);
    const stopPage = await holder.newPage();
    await stopPage.goto(stopLink);
    await stopPage.getByRole('button', { name: 'Arrêter tous les messages' }).click();
    await stopPage.getByText('C’est fait').waitFor();
    await holder.close();

    // Another plan: the sender drops its reminder, and MailDev gets nothing more.
    await proposePlan(linaId);
    await expect
      .poll(
        async () => (await outboxRepo.listForYouth(e2e.api.store, '62', linaId)).filter((m) => m.kind === 'plan_to_agree').at(-1)?.status,
        {
          timeout: 15_000,
        },
      )
      .toBe('skipped');
    const reminders2 = (await mailbox()).filter(
      (email) => email.to.some((to) => to.address === ADDRESS) && /Tu as du nouveau/.test(email.text),
    );
    expect(reminders2).toHaveLength(1);
  }, 120_000);
});
