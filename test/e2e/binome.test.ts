import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

describe('an admin reassigns a young person', () => {
  it('picks the new referent by name; he sees her in « Mon suivi », the former referent no longer does, and she reads the change', async () => {
    // Nadia opens Lina's file and gives her to Thomas, picked by name from the staff directory.
    const nadia = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await nadia.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await nadia.page.getByRole('link', { name: 'Lina Martin' }).click();
    const binome = section(nadia.page, 'Binôme');
    await expect.poll(() => binome.getByText('Sophie Lefebvre').count()).toBeGreaterThan(0);
    await binome.getByLabel('Référent·e ASE').selectOption({ label: 'Dubois Thomas — Lens-Liévin' });
    await binome.getByRole('button', { name: 'Enregistrer le binôme' }).click();
    await expect.poll(() => binome.getByText('Thomas Dubois').count()).toBeGreaterThan(0);
    await nadia.context.close();

    // Thomas finds Lina in « Mon suivi », counted against his first-year cap, and opens her file.
    const thomas = await e2e.signIn(DESKTOP, 'Thomas Dubois');
    await thomas.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await thomas.page.getByRole('link', { name: 'Mon suivi' }).click();
    await thomas.page.getByRole('heading', { level: 1, name: 'Mon suivi' }).waitFor();
    await expect.poll(() => thomas.page.getByText('plafond de 25 (première année', { exact: false }).count()).toBe(1);
    await thomas.page.getByRole('link', { name: 'Lina Martin' }).click();
    await thomas.page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    await thomas.context.close();

    // Sophie no longer has her.
    const sophie = await e2e.signIn(DESKTOP, 'Sophie Lefebvre');
    await sophie.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await sophie.page.getByRole('link', { name: 'Yanis Benali' }).waitFor();
    expect(await sophie.page.getByRole('link', { name: 'Lina Martin' }).count()).toBe(0);
    await sophie.context.close();

    // Lina reads the change in « Qui a consulté mon dossier ».
    const lina = await e2e.signIn(PHONE, 'Lina Martin');
    const history = section(lina.page, 'Qui a consulté mon dossier');
    await expect.poll(() => history.getByText('a changé ton binôme', { exact: false }).count()).toBeGreaterThan(0);
    await lina.context.close();
  });
});
