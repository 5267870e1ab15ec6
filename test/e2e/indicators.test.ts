import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPrincipal } from '../../functions/local/seed-demo.js';
import { seedDemoLeavers } from '../../functions/local/seed-demo-leavers.js';
import { DESKTOP } from '../support/browser.js';
import { type E2e, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  // The 14 young people of the demo who left care this year, 7 in the Arrageois.
  await seedDemoLeavers(e2e.api.store, demoPrincipal('admin-62-nadia'), new Date());
});

afterAll(() => e2e?.close());

describe('« Indicateurs de sortie »', () => {
  it('Nadia reads the year’s exits in a table, narrows them to a territory and downloads the ODPE file', async () => {
    const { page, context } = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Indicateurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs de sortie' }).waitFor();
    // The marks are explained in words before any table.
    await page.getByText('moins de 5 jeunes (zéro compris)', { exact: false }).waitFor();

    const exits = page.getByRole('table', { name: /^Situation à la sortie de l’ASE, \d{4}, tout le département$/ });
    // Cells of a row: the indicator (empty for a headline), the count, the share.
    const count = (table: typeof exits) =>
      table
        .getByRole('row', { name: /Jeunes sortis de l’ASE/ })
        .getByRole('cell')
        .nth(1);
    await expect.poll(() => count(exits).textContent()).toBe('14');
    // A small cell says what it is to a screen reader, not only « < 5 ».
    expect(await exits.getByText('moins de 5 jeunes, nombre masqué').count()).toBeGreaterThan(0);
    // The chart has its figures in a table with a caption too.
    await page.getByRole('table', { name: /^Taux par rubrique/ }).waitFor();

    await page.getByLabel('Territoire').selectOption('Arrageois');
    await page.getByRole('button', { name: 'Afficher les indicateurs' }).click();
    const arras = page.getByRole('table', { name: /^Situation à la sortie de l’ASE, \d{4}, territoire Arrageois$/ });
    await expect.poll(() => count(arras).textContent()).toBe('7');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger l’export ODPE (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^envol-indicateurs-62-\d{4}-territoire\.csv$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Département;Territoire;Année;Rubrique;Indicateur;Modalité;Effectif;Part (%)');
    expect(text).toMatch(/\r\n62;Arrageois;\d{4};Situation à la sortie de l’ASE;;Jeunes sortis de l’ASE;7;\r\n/);
    expect(text).not.toContain('Lambert');
    await context.close();
  });
});
