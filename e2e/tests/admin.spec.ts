import { expect, test } from '@playwright/test';
import { signInToAdminConsole } from '../support/admin-api';
import { solidPng } from '../support/png';

/** Letters and digits only, so that the catalog's search finds the product by this one word. */
function uniqueWord(): string {
  return `e2e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

test('an admin creates a product with an image, receives stock, and the shop sells it', async ({ page }) => {
  const word = uniqueWord();
  const name = `Lamp ${word}`;
  const sku = word.toUpperCase();
  const image = { width: 64, height: 48 };

  await signInToAdminConsole(page);
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'New product' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New product');
  await page.getByLabel('SKU').fill(sku);
  await page.getByLabel('Price (yen)').fill('4,980');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('A small lamp made by the end-to-end tests.');
  // The first option is "Choose…"; any real category will do.
  await page.getByLabel('Category').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create product' }).click();

  await expect(page).toHaveURL(/\/admin\/products\/edit\?id=\d+&created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const productId = Number(new URL(page.url()).searchParams.get('id'));

  await page.getByLabel('Image file').setInputFiles({
    name: 'lamp.png',
    mimeType: 'image/png',
    buffer: solidPng(image.width, image.height, [230, 180, 40]),
  });
  await page.getByLabel('What the image shows').fill(`${name}, lit`);
  await page.getByRole('button', { name: 'Upload image' }).click();
  await expect(page.getByText('The image was added.')).toBeVisible();
  const attached = page.getByTestId('product-image').getByRole('img', { name: `${name}, lit` });
  // Decoded by the browser: the catalog serves the bytes that were uploaded.
  await expect(attached).toHaveJSProperty('naturalWidth', image.width);

  await page.getByRole('link', { name: 'Stock and history' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stock/product\\?id=${productId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const receive = page.getByRole('form', { name: 'Receive stock' });
  await receive.getByLabel('Units received').fill('25');
  await receive.getByLabel('Note (optional)').fill('DN-E2E');
  await receive.getByRole('button', { name: 'Receive' }).click();
  await expect(receive.getByRole('status')).toHaveText('Received 25 units; 25 units available now.');
  await expect(page.getByTestId('stock-available')).toHaveText('25');
  const received = page.getByTestId('movement').first();
  await expect(received).toContainText('Received');
  await expect(received).toContainText('You');
  await expect(received).toContainText('DN-E2E');

  await page.goto(`/product?id=${productId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('stock-badge')).toHaveAttribute('data-status', 'in_stock');
  await expect(page.getByTestId('price')).toHaveText('¥4,980');
  await expect(page.getByRole('img', { name: `${name}, lit` })).toHaveJSProperty('naturalWidth', image.width);

  await page.goto(`/search?q=${word}`);
  const card = page.getByTestId('product-card').filter({ hasText: name });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('stock-badge')).toHaveAttribute('data-status', 'in_stock');
});

test('the admin dashboard shows today’s sales and the stock that needs attention', async ({ page }) => {
  await signInToAdminConsole(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.getByTestId('orders-today')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('revenue-today')).toHaveText(/^¥[\d,]+$/);
  await expect(page.getByTestId('average-order-value')).toHaveText(/^¥[\d,]+$/);
  const lowStock = page.getByRole('region', { name: 'Low stock and sold out' });
  await expect(
    lowStock.getByTestId('low-stock-item').first().or(lowStock.getByText('Every product is comfortably in stock.')),
  ).toBeVisible();
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
});
