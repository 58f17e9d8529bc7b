import { type Page, expect, test } from '@playwright/test';
import { productsInStock } from '../support/shop-api';

/** Waits until the page's scripts and data have loaded, so that clicks and typing reach React. */
async function openSettled(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

function uniqueEmail(): string {
  return `shopper-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

test('a new shopper signs up, fills a cart, checks out and finds the order in the history', async ({
  page,
  request,
}) => {
  const [first, second] = await productsInStock(request, 2);
  const displayName = 'E2E Shopper';

  await openSettled(page, '/signup');
  await page.getByLabel('Your name').fill(displayName);
  await page.getByLabel('E-mail address').fill(uniqueEmail());
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  const accountNav = page.getByRole('navigation', { name: 'Account' });
  await expect(accountNav.getByRole('link', { name: displayName })).toBeVisible();

  await openSettled(page, '/products');
  await expect(page.getByTestId('product-card').first()).toBeVisible();

  for (const product of [first!, second!]) {
    await openSettled(page, `/product?id=${product.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByText(`Added 1 × ${product.name} to your cart.`)).toBeVisible();
  }
  await expect(accountNav.getByTestId('cart-count')).toHaveText('2');

  await accountNav.getByRole('link', { name: /^Cart/ }).click();
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  await page.getByRole('combobox', { name: `Quantity of ${first!.name}` }).selectOption('2');
  await expect(page.getByTestId('cart-item-count')).toHaveText('3');
  await page.getByRole('link', { name: 'Checkout' }).click();

  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByLabel('Recipient name').fill(displayName);
  await page.getByLabel('Postal code').fill('100-0001');
  await page.getByLabel('Prefecture').selectOption('東京都');
  await page.getByLabel('City, ward or town').fill('千代田区');
  await page.getByLabel('Street and number').fill('千代田1-1');
  await page.getByLabel('Phone number').fill('03-1234-5678');
  await page.getByRole('button', { name: 'Save and use this address' }).click();

  const review = page.getByRole('region', { name: 'Review your order' });
  // Cells after the product's name: unit price, quantity, subtotal.
  const firstRow = review
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: first!.name, exact: true }) });
  await expect(firstRow.getByRole('cell').nth(1)).toHaveText('2');
  await review.getByRole('button', { name: 'Continue to payment' }).click();

  const expiryYear = String((new Date().getFullYear() + 5) % 100).padStart(2, '0');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Name on card').fill('E2E SHOPPER');
  await page.getByLabel('Expiry (MM/YY)').fill(`12/${expiryYear}`);
  await page.getByLabel('Security code').fill('123');
  await page.getByRole('button', { name: 'Continue to confirm' }).click();
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/order-complete\?id=[0-9a-f-]{36}$/);
  const orderNumber = page.getByTestId('order-number');
  await expect(orderNumber).toHaveText(/^O11Y-\d{8}-[2-9A-HJKMNP-Z]{5}$/);
  const placedNumber = (await orderNumber.textContent())!.trim();

  await page.getByRole('link', { name: 'View your order' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${placedNumber}`);

  await openSettled(page, '/account/orders');
  await expect(page.getByTestId('order-summary').first().getByRole('link')).toHaveText(placedNumber);
});
