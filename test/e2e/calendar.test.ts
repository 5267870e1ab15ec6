import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from '../support/browser.js';
import { type E2e, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

describe('the deadlines calendar', () => {
  it('Sophie finds Yanis’s end of care two months ahead in her calendar, in a table', async () => {
    const sophie = await e2e.signIn(DESKTOP, 'Sophie Lefebvre');
    await sophie.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await sophie.page.getByRole('link', { name: 'Calendrier' }).click();
    await sophie.page.getByRole('heading', { level: 1, name: 'Calendrier des échéances' }).waitFor();
    for (const _ of [1, 2]) {
      await sophie.page.getByRole('button', { name: /→$/ }).click();
    }
    const table = sophie.page.getByRole('table', { name: /Échéances de mes jeunes/ });
    const row = table.getByRole('row').filter({ hasText: 'Yanis Benali' }).filter({ hasText: 'Fin de prise en charge' });
    await expect.poll(() => row.count()).toBe(1);
    await sophie.context.close();
  });
});
