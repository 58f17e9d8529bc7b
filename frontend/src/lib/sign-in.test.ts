import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aCart, aCartLine } from '@/test/fixtures';
import { anAccount } from '@/test/session';
import { addToGuestCart, getGuestCart } from './guest-cart';
import { getServerCartState } from './server-cart';
import { getSessionState } from './session';
import { signIn, signOut } from './sign-in';

const TOKEN = { accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 3600 };

describe('signIn', () => {
  it('keeps the session and merges the guest cart into the server cart', async () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);
    const merged = aCart([aCartLine({ quantity: 3 })]);
    const fetchMock = mockApi({
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(anAccount()),
      'POST /api/order/cart/merge': () =>
        jsonResponse({ cart: merged, skipped: [{ productId: 5, reason: 'product_not_found' }] }),
    });

    const outcome = await signIn('aiko@example.com', 'correct horse battery');

    expect(outcome).toEqual({ cartMerged: true, skippedProducts: 1 });
    expect(sentRequest(fetchMock, 'POST', '/api/identity/sessions').body).toEqual({
      email: 'aiko@example.com',
      password: 'correct horse battery',
    });
    const merge = sentRequest(fetchMock, 'POST', '/api/order/cart/merge');
    expect(merge.headers.Authorization).toBe('Bearer fresh-token');
    expect(merge.body).toEqual({
      items: [
        { productId: 17, quantity: 2 },
        { productId: 5, quantity: 1 },
      ],
    });
    expect(getGuestCart()).toEqual([]);
    expect(getServerCartState()).toEqual({ status: 'ready', cart: merged });
    expect(getSessionState()).toMatchObject({ status: 'signed-in', session: { accessToken: 'fresh-token' } });
  });

  it('does not ask to merge an empty guest cart', async () => {
    const fetchMock = mockApi({
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(anAccount()),
    });

    await signIn('aiko@example.com', 'correct horse battery');

    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the guest cart when the merge fails', async () => {
    addToGuestCart(17, 2);
    mockApi({
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(anAccount()),
      'POST /api/order/cart/merge': () => problemResponse(503, 'Service Unavailable'),
    });

    const outcome = await signIn('aiko@example.com', 'correct horse battery');

    expect(outcome.cartMerged).toBe(false);
    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 2 }]);
    expect(getSessionState().status).toBe('signed-in');
  });

  it('starts no session when the log-in is refused', async () => {
    mockApi({ 'POST /api/identity/sessions': () => problemResponse(401, 'Unauthorized') });

    await expect(signIn('aiko@example.com', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(getSessionState().status).toBe('signed-out');
  });

  it('signs out without a notice', async () => {
    mockApi({
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(anAccount()),
    });
    await signIn('aiko@example.com', 'correct horse battery');

    signOut();

    expect(getSessionState()).toEqual({ status: 'signed-out', notice: undefined });
  });
});
