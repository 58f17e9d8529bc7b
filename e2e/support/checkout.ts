import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type APIResponse, expect } from '@playwright/test';
import type { AccessToken, Account, LogInRequest, SignUpRequest } from '../../frontend/src/lib/identity-api';
import type { CheckoutRequest } from '../../frontend/src/lib/order-api';

export interface Shopper {
  id: string;
  headers: Record<string, string>;
}

/** A new customer account, signed in: its user ID and the Authorization header of its session. */
export async function newShopper(request: APIRequestContext, label: string): Promise<Shopper> {
  const email = `e2e-${label}-${randomUUID()}@o11y-shop.local`;
  const password = 'a long enough password';
  const signUp = await request.post('/api/identity/users', {
    data: { email, password, displayName: 'Trace Tester' } satisfies SignUpRequest,
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const { id } = (await signUp.json()) as Account;
  const session = await request.post('/api/identity/sessions', { data: { email, password } satisfies LogInRequest });
  expect(session.ok()).toBe(true);
  const { accessToken } = (await session.json()) as AccessToken;
  return { id, headers: { Authorization: `Bearer ${accessToken}` } };
}

export async function putInCart(request: APIRequestContext, shopper: Shopper, productId: number, quantity = 1) {
  const response = await request.put(`/api/order/cart/items/${productId}`, { headers: shopper.headers, data: { quantity } });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Checks the cart out with a card ending in `cardLast4` (`0002` is declined by the mock payment provider).
 * `headers` are added to the request, such as a User-Agent that finds its trace.
 */
export async function checkOut(
  request: APIRequestContext,
  shopper: Shopper,
  cardLast4: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.post('/api/order/orders', {
    headers: { ...shopper.headers, ...headers, 'Idempotency-Key': randomUUID() },
    data: {
      shippingAddress: {
        name: '山田 太郎', postalCode: '1000001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: '', phone: '03-1234-5678',
      },
      payment: { method: 'card', cardLast4 },
    } satisfies CheckoutRequest,
  });
}
