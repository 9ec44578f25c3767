// Issue 16: typing into the board's search at human speed on a 4× slowed CPU keeps every character.
import { expect, test } from '@playwright/test';

test('search typed at human speed on a 4× throttled CPU keeps every character, then filters and lands in the URL', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/');
  const titles = page.getByRole('list', { name: 'Open jobs' }).getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(3);
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  await search.click();
  // A quick typist's rhythm: about 10 keys a second, with the short bursts (20–30 ms) of letters that roll off the fingers.
  const gaps = [110, 25, 90, 20, 130, 30, 0];
  for (const [i, key] of [...'backend'].entries()) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gaps[i]!);
  }
  await expect(search).toHaveValue('backend');
  await expect(titles).toHaveText(['Backend Developer']);
  await expect(page).toHaveURL(/\?q=backend$/);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 job matches “backend”');

  // Back restores the search box from the URL, too.
  await page.goto('/?q=globex');
  await expect(search).toHaveValue('globex');
  await page.goBack();
  await expect(search).toHaveValue('backend');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
