import { type APIRequestContext, type Page, expect } from '@playwright/test';
import type { AccessToken, LogInRequest } from '../../frontend/src/lib/identity-api';
import type { StockAdjustment, StockLevel } from '../../frontend/src/lib/stock-admin-api';

/** The run's admin account, which `./shop test e2e` makes up and hands to the launcher and to these tests. */
export function adminCredentials(): LogInRequest {
  const email = process.env.SHOP_ADMIN_EMAIL;
  const password = process.env.SHOP_ADMIN_PASSWORD;
  if (!email || !password) {
    throw new Error(
      'The admin specs need SHOP_ADMIN_EMAIL and SHOP_ADMIN_PASSWORD: the admin account the launcher was started with. ' +
        '`./shop test e2e` sets both.',
    );
  }
  return { email, password };
}

/** Signs the admin in through the admin console's own sign-in form. */
export async function signInToAdminConsole(page: Page) {
  const { email, password } = adminCredentials();
  await page.goto('/admin');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
}

export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/identity/sessions', { data: adminCredentials() });
  expect(response.ok(), `admin log-in answered ${response.status()}`).toBe(true);
  return ((await response.json()) as AccessToken).accessToken;
}

export async function stockLevel(request: APIRequestContext, productId: number): Promise<StockLevel> {
  const response = await request.get(`/api/inventory/stock/${productId}`);
  expect(response.ok(), `GET stock of ${productId} answered ${response.status()}`).toBe(true);
  return (await response.json()) as StockLevel;
}

/** Adds (positive) or takes away (negative) available units, as an admin's correction would. */
export async function adjustStock(request: APIRequestContext, token: string, productId: number, delta: number) {
  const response = await request.post(`/api/inventory/stock/${productId}/adjustments`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { delta, reason: 'correction', note: 'end-to-end test' } satisfies StockAdjustment,
  });
  expect(response.status(), `adjusting the stock of ${productId} answered ${response.status()}`).toBe(201);
}
