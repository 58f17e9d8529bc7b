'use client';

import Link from 'next/link';
import { useState } from 'react';
import { loginHref, productHref } from '@/lib/links';
import { subscribeToRestock } from '@/lib/restock-api';
import { authorized, useSession } from '@/lib/session';
import { ProblemAlert } from '../feedback/problem-alert';
import { SECONDARY_BUTTON } from '../forms/styles';

type SignupState =
  { status: 'idle' } | { status: 'sending' } | { status: 'done'; email: string } | { status: 'failed'; error: unknown };

/** For a sold-out product: a signed-in shopper asks to be e-mailed when it is back. */
export function RestockSignup({ productId }: { productId: number }) {
  const session = useSession();
  const [state, setState] = useState<SignupState>({ status: 'idle' });

  if (session.status === 'unknown') {
    return null;
  }
  if (session.status === 'signed-out') {
    return (
      <p className="text-sm text-slate-700">
        <Link href={loginHref(productHref(productId))} className="font-medium text-brand-700 underline">
          Sign in
        </Link>{' '}
        to get an e-mail when this product is back in stock.
      </p>
    );
  }
  if (state.status === 'done') {
    return (
      <p role="status" className="text-sm text-green-800">
        We will e-mail {state.email} when this product is back in stock.
      </p>
    );
  }

  async function handleSignup() {
    setState({ status: 'sending' });
    try {
      const subscription = await authorized((token) => subscribeToRestock(token, productId));
      setState({ status: 'done', email: subscription.email });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <button type="button" onClick={handleSignup} disabled={state.status === 'sending'} className={SECONDARY_BUTTON}>
        {state.status === 'sending' ? 'Signing you up…' : 'E-mail me when it is back'}
      </button>
      {state.status === 'failed' && <ProblemAlert title="You could not be signed up." error={state.error} />}
    </div>
  );
}
