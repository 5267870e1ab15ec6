import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, section, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

describe('« J’ai besoin d’aide »', () => {
  it('Lina taps it on her phone offline and sees who to call at once; the alert waits on the phone when she leaves the page and leaves when the network is back, and both members of her binôme see it once', async () => {
    const lina = await e2e.signIn(PHONE, 'Lina Martin');
    await lina.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(lina.page, 'J’ai besoin d’aide')).click();
    // No network at the moment she taps: the numbers show at once, and she is told plainly that the alert has not left.
    await lina.context.setOffline(true);
    await lina.page.getByRole('button', { name: 'Je n’ai pas où dormir ce soir' }).click();
    const now = section(lina.page, 'Appelle maintenant');
    await now.getByRole('link', { name: '115' }).waitFor();
    expect(await now.getByRole('link', { name: '119' }).count()).toBe(1);
    await now.getByText('ton binôme n’est pas encore prévenu', { exact: false }).waitFor();
    // She leaves the page and comes back, still offline: the alert waits on the phone, and the page says so.
    await (await menuLink(lina.page, 'Mon dossier')).click();
    await lina.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(lina.page, 'J’ai besoin d’aide')).click();
    await section(lina.page, 'Appelle maintenant').getByText('ton binôme n’est pas encore prévenu', { exact: false }).waitFor();
    // The connection comes back: the alert leaves by itself, once.
    await lina.context.setOffline(false);
    await expect.poll(() => lina.page.getByText('Ton binôme a reçu ton alerte', { exact: false }).count(), { timeout: 15_000 }).toBe(1);
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lina.context.close();

    for (const member of ['Sophie Lefebvre', 'Karim Haddad']) {
      const staff = await e2e.signIn(DESKTOP, member);
      await staff.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
      await staff.page.getByRole('link', { name: 'Mon suivi' }).click();
      await expect.poll(() => staff.page.getByText('1 alerte « J’ai besoin d’aide » en attente', { exact: false }).count()).toBe(1);
      await staff.context.close();
    }

    // Karim takes it in hand from Lina's file.
    const karim = await e2e.signIn(DESKTOP, 'Karim Haddad');
    await karim.page.getByRole('link', { name: 'Lina Martin' }).click();
    const alerts = section(karim.page, 'Alertes « J’ai besoin d’aide »');
    await alerts.getByRole('button', { name: 'Prendre en compte' }).click();
    await expect.poll(() => alerts.getByText('Prise en compte le', { exact: false }).count()).toBe(1);
    await karim.context.close();
  });
});
