'use client';

import { dismissSessionNotice, useSession } from '@/lib/session';

/** Tells the shopper why they were signed out, when the shop did it (an expired or refused token). */
export function SessionNotice() {
  const state = useSession();
  if (state.status !== 'signed-out' || !state.notice) {
    return null;
  }
  return (
    <div role="status" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-2 text-sm text-amber-900">
        <p>{state.notice}</p>
        <button type="button" onClick={dismissSessionNotice} className="font-medium underline">
          Dismiss
        </button>
      </div>
    </div>
  );
}
