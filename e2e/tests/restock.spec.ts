import { type Page, expect, test } from '@playwright/test';
import { adjustStock, adminToken, stockLevel } from '../support/admin-api';
import type { ProductSummary } from '../../frontend/src/lib/api';
import { productsInStock } from '../support/shop-api';

/** Units taken out of stock for the test, given back afterwards so that later specs find them. */
let soldOut: { product: ProductSummary; units: number } | undefined;

test.afterAll(async ({ request }) => {
  if (soldOut) {
    await adjustStock(request, await adminToken(request), soldOut.product.id, soldOut.units);
  }
});

async function signUp(page: Page, email: string) {
  await page.goto('/signup');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Your name').fill('Restock Shopper');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Restock Shopper' })).toBeVisible();
}

test('a shopper signs up for the restock notice of a sold-out product', async ({ page, request }) => {
  // The last of the products in stock: the shopping spec buys the first ones.
  const candidates = await productsInStock(request, 3);
  const product = candidates[candidates.length - 1]!;
  const { available } = await stockLevel(request, product.id);
  await adjustStock(request, await adminToken(request), product.id, -available);
  soldOut = { product, units: available };
  expect((await stockLevel(request, product.id)).status).toBe('sold_out');

  const email = `restock-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await signUp(page, email);

  await page.goto(`/product?id=${product.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
  await expect(page.getByTestId('stock-badge')).toHaveAttribute('data-status', 'sold_out');
  await page.getByRole('button', { name: 'E-mail me when it is back' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'when this product is back in stock' })).toHaveText(
    `We will e-mail ${email} when this product is back in stock.`,
  );
});
