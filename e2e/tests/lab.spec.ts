import { expect, test } from '@playwright/test';
import { productsInStock } from '../support/shop-api';

// The shop runs in mode xray here (the launcher's default): the services send their segments to the
// launcher, which plays the X-Ray daemon, and the Lab shows them.
test('a product page is one trace across catalog and inventory, with its SQL, in the Lab', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);

  await page.goto('/lab');
  const trace = page.getByRole('link', { name: `GET /api/catalog/products/${product!.id}`, exact: true }).first();
  await expect(trace).toBeVisible();
  await trace.click();

  const waterfall = page.getByRole('list', { name: 'Waterfall' });
  await expect(waterfall).toContainText('load product');
  await expect(waterfall).toContainText('inventory');
  await expect(waterfall).toContainText('SQL');
  await waterfall.getByRole('button', { name: /load product/ }).click();
  await expect(page.getByText(`product_id=${product!.id}`)).toBeVisible();
});
