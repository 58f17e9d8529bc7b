import { expect, test } from '@playwright/test';
import { controlService, listProducts, serviceState } from '../support/shop-api';

const INVENTORY = 'inventory';

test.afterAll(async ({ request }) => {
  // Later specs need stock again, so inventory is back and running before this file ends.
  await controlService(request, INVENTORY, 'start');
  await expect
    .poll(() => serviceState(request, INVENTORY), { timeout: 120_000, intervals: [1_000] })
    .toBe('running');
});

test('a product page still renders, with stock unknown, while inventory is down', async ({ page, request }) => {
  const [product] = await listProducts(request, 1);

  await controlService(request, INVENTORY, 'stop');
  await expect.poll(() => serviceState(request, INVENTORY), { timeout: 60_000 }).toBe('stopped');

  await page.goto(`/product?id=${product!.id}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);
  const badge = page.getByTestId('stock-badge');
  await expect(badge).toHaveText('Stock unknown');
  await expect(badge).toHaveAttribute('data-status', 'unknown');
});
