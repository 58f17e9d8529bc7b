import type { Account } from '@/lib/identity-api';
import { type Session, startSession } from '@/lib/session';

export const TEST_TOKEN = 'test-access-token';

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: '7f1b6c1e-5d2a-4d7c-9a39-2d4c8e1f0a11',
    email: 'aiko@example.com',
    displayName: 'Aiko',
    roles: ['customer'],
    createdAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

/** Starts a session as if the shopper had just logged in. */
export function signInAs(account: Account = anAccount()): Session {
  const session = { accessToken: TEST_TOKEN, expiresAt: Date.now() + 3_600_000, account };
  startSession(session);
  return session;
}
