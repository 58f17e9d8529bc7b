'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { loginHref, signupHref } from '@/lib/links';
import { type Session, useSession } from '@/lib/session';
import { LoadingMessage } from '../feedback/loading';

/** Shows `children` to a signed-in shopper, and everyone else a way to sign in and come back to `next`. */
export function RequireSignIn({
  next,
  title,
  children,
}: {
  /** This page's path and query, to return to after log-in. */
  next: string;
  /** What the visitor signs in for, e.g. "to check out". */
  title: string;
  children: (session: Session) => ReactNode;
}) {
  const state = useSession();
  if (state.status === 'unknown') {
    return <LoadingMessage label="Loading…" />;
  }
  if (state.status === 'signed-out') {
    return (
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-bold text-slate-900">Sign in {title}</h1>
        <p className="mt-3 text-slate-600">You need to be signed in to see this page.</p>
        <div className="mt-6 flex justify-center gap-4">
          <Link
            href={loginHref(next)}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </Link>
          <Link
            href={signupHref(next)}
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Create an account
          </Link>
        </div>
      </div>
    );
  }
  return <>{children(state.session)}</>;
}
