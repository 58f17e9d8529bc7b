'use client';

import { useSyncExternalStore } from 'react';
import { ApiError } from './api';
import type { Account } from './identity-api';

/**
 * The signed-in user's access token, held in memory and mirrored to sessionStorage.
 *
 * Why sessionStorage: every page of the static export is its own HTML file, so a reload or a link
 * typed into the address bar starts the script afresh, and a token kept only in memory would sign
 * the shopper out on every full page load. sessionStorage survives those but belongs to one tab and
 * is gone when the tab closes, so a stolen script or a shared computer finds the token for far
 * less time than in localStorage, which keeps it for every tab until it is removed — the token
 * must never go there. The memory copy saves parsing storage on every render.
 */

const SESSION_KEY = 'o11y-shop.session';

export const SESSION_ENDED_NOTICE = 'Your session has ended. Please sign in again.';

export interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the token is refused. */
  expiresAt: number;
  account: Account;
}

export type SessionState =
  | { status: 'signed-in'; session: Session }
  /** `notice` says why the shopper was signed out, when it was not their own doing. */
  | { status: 'signed-out'; notice?: string }
  /** Before the browser storage has been read: during the static render and hydration. */
  | { status: 'unknown' };

const UNKNOWN: SessionState = { status: 'unknown' };

/** Thrown by `authorized` when there is no session to use. */
export class SignedOutError extends Error {
  constructor() {
    super('Not signed in');
    this.name = 'SignedOutError';
  }
}

let current: SessionState | undefined;
const listeners = new Set<() => void>();

function readStoredSession(): SessionState {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    if (stored && typeof stored.accessToken === 'string' && stored.expiresAt > Date.now() && stored.account) {
      return { status: 'signed-in', session: stored };
    }
  } catch {
    // Unreadable storage (blocked, or not our JSON) counts as signed out.
  }
  return { status: 'signed-out' };
}

function publish(next: SessionState) {
  current = next;
  for (const listener of listeners) {
    listener();
  }
}

export function getSessionState(): SessionState {
  current ??= readStoredSession();
  return current;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(session: Session) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  publish({ status: 'signed-in', session });
}

export function endSession(notice?: string) {
  sessionStorage.removeItem(SESSION_KEY);
  publish({ status: 'signed-out', notice });
}

/** After the profile changed, so that the header shows the new name. */
export function updateSessionAccount(account: Account) {
  const state = getSessionState();
  if (state.status === 'signed-in') {
    startSession({ ...state.session, account });
  }
}

export function dismissSessionNotice() {
  const state = getSessionState();
  if (state.status === 'signed-out' && state.notice) {
    publish({ status: 'signed-out' });
  }
}

/**
 * Runs an API call with the session's token. A token the API refuses (401) or one that has run out
 * ends the session with a notice, so that every page falls back to its signed-out view at once.
 */
export async function authorized<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
  const state = getSessionState();
  if (state.status !== 'signed-in') {
    throw new SignedOutError();
  }
  if (state.session.expiresAt <= Date.now()) {
    endSession(SESSION_ENDED_NOTICE);
    throw new SignedOutError();
  }
  try {
    return await call(state.session.accessToken);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      endSession(SESSION_ENDED_NOTICE);
    }
    throw error;
  }
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState, () => UNKNOWN);
}
