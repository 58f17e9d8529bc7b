import { describe, expect, it, vi } from 'vitest';
import { mockFetch, problemResponse, jsonResponse, sentRequests } from '@/test/fetch';
import { TEST_TOKEN, anAccount, signInAs } from '@/test/session';
import { getProfile } from './identity-api';
import { SESSION_ENDED_NOTICE, SignedOutError, authorized, getSessionState } from './session';

describe('session holder', () => {
  it('keeps the token in sessionStorage, never in localStorage', () => {
    signInAs();

    expect(getSessionState()).toMatchObject({ status: 'signed-in', session: { accessToken: TEST_TOKEN } });
    expect(sessionStorage.getItem('o11y-shop.session')).toContain(TEST_TOKEN);
    expect(JSON.stringify({ ...localStorage })).not.toContain(TEST_TOKEN);
  });

  it('finds the session again after a full page load', async () => {
    signInAs(anAccount({ displayName: 'Ken' }));
    vi.resetModules();

    const reloaded = await import('./session');

    expect(reloaded.getSessionState()).toMatchObject({
      status: 'signed-in',
      session: { accessToken: TEST_TOKEN, account: { displayName: 'Ken' } },
    });
  });

  it('does not use a stored token that has expired', async () => {
    sessionStorage.setItem(
      'o11y-shop.session',
      JSON.stringify({ accessToken: 'old', expiresAt: Date.now() - 1000, account: anAccount() }),
    );
    vi.resetModules();

    const reloaded = await import('./session');

    expect(reloaded.getSessionState()).toEqual({ status: 'signed-out' });
  });

  it('sends the token as a bearer token', async () => {
    signInAs();
    const fetchMock = mockFetch(() => jsonResponse(anAccount()));

    await authorized((token) => getProfile(token));

    expect(sentRequests(fetchMock)[0]).toMatchObject({
      url: '/api/identity/me',
      headers: { Authorization: `Bearer ${TEST_TOKEN}` },
    });
  });

  it('signs out with a message when the API refuses the token', async () => {
    signInAs();
    mockFetch(() => problemResponse(401, 'Unauthorized', 'The access token has expired.'));

    await expect(authorized((token) => getProfile(token))).rejects.toMatchObject({ status: 401 });

    expect(getSessionState()).toEqual({ status: 'signed-out', notice: SESSION_ENDED_NOTICE });
    expect(sessionStorage.getItem('o11y-shop.session')).toBeNull();
  });

  it('stays signed in when a call fails for another reason', async () => {
    signInAs();
    mockFetch(() => problemResponse(503, 'Service Unavailable'));

    await expect(authorized((token) => getProfile(token))).rejects.toMatchObject({ status: 503 });

    expect(getSessionState().status).toBe('signed-in');
  });

  it('refuses to call the API without a session', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anAccount()));

    await expect(authorized((token) => getProfile(token))).rejects.toBeInstanceOf(SignedOutError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
