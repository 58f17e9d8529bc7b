import { expect, test } from '@playwright/test';

test('browse from the home page through a category to a product', async ({ page }) => {
  await page.goto('/');

  const featured = page.getByRole('region', { name: 'Featured products' }).getByTestId('product-card');
  await expect(featured.first()).toBeVisible();

  // A tile that leads to products: "0 products" would not ("10 products" would).
  const tile = page.getByTestId('category-tile').filter({ hasNotText: /\b0 products/ }).first();
  await expect(tile).toBeVisible();
  const categoryName = (await tile.getByRole('heading').textContent())?.trim();
  expect(categoryName).toBeTruthy();
  await tile.click();

  await expect(page).toHaveURL(/\/category\?slug=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryName!);
  const card = page.getByTestId('product-card').first();
  await expect(card).toBeVisible();
  const productLink = card.getByRole('heading').getByRole('link');
  const productName = (await productLink.textContent())?.trim();
  expect(productName).toBeTruthy();
  await productLink.click();

  await expect(page).toHaveURL(/\/product\?id=\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(productName!);
  await expect(page.getByTestId('price')).toHaveText(/^¥[\d,]+$/);
  const badge = page.getByTestId('stock-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('data-status', /^(in_stock|low_stock|sold_out)$/);
});
