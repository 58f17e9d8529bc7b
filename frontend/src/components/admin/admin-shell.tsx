'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { hasAdminRole } from '@/lib/identity-api';
import { type Session, useSession } from '@/lib/session';
import { signOut } from '@/lib/sign-in';
import { LoadingMessage } from '../feedback/loading';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';
import { SignInForm } from '../session/sign-in-form';
import { AdminNav } from './admin-nav';

function AdminSignIn() {
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-3xl font-bold text-slate-900">Admin console</h1>
      <p className="mt-2 text-slate-600">Sign in with an admin account to manage products, stock and categories.</p>
      {/* Signing in changes the session, and this shell then shows the page that was asked for. */}
      <SignInForm onSignedIn={() => undefined} />
    </div>
  );
}

function NotAnAdmin({ session }: { session: Session }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-slate-900">This account cannot use the admin console</h1>
      <p className="mt-3 text-slate-600">
        You are signed in as {session.account.email}, which is not an admin account. Sign out and sign in with an
        admin account, or go back to the shop.
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={signOut} className={PRIMARY_BUTTON}>
          Sign out
        </button>
        <Link href="/" className={SECONDARY_BUTTON}>
          Back to the shop
        </Link>
      </div>
    </div>
  );
}

/**
 * Shows the admin pages to an admin only. This is for the admin's convenience, not a safeguard: every
 * admin API checks the role in the token itself and answers anyone else with 403.
 */
export function AdminShell({ children }: { children: ReactNode }) {
  const state = useSession();
  if (state.status === 'unknown') {
    return <LoadingMessage label="Loading…" />;
  }
  if (state.status === 'signed-out') {
    return <AdminSignIn />;
  }
  if (!hasAdminRole(state.session.account)) {
    return <NotAnAdmin session={state.session} />;
  }
  return (
    <div>
      <AdminNav account={state.session.account} />
      {children}
    </div>
  );
}
