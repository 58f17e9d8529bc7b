'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { guestCartUnits, useGuestCart } from '@/lib/guest-cart';
import { hasAdminRole } from '@/lib/identity-api';
import { ADMIN_HOME } from '@/lib/links';
import { loadServerCart, useServerCart } from '@/lib/server-cart';
import { type SessionState, useSession } from '@/lib/session';
import { signOut } from '@/lib/sign-in';

const LINK = 'text-sm font-medium text-slate-700 hover:text-brand-700';

/** Undefined while it is not known whose cart to count, or the server's count has not come. */
function useCartUnits(session: SessionState['status']): number | undefined {
  const guestCart = useGuestCart();
  const serverCart = useServerCart();
  const signedIn = session === 'signed-in';
  useEffect(() => {
    if (signedIn && serverCart.status === 'idle') {
      // The count is a nicety: a failure shows no number, and the cart page reports the error.
      loadServerCart().catch(() => undefined);
    }
  }, [signedIn, serverCart.status]);
  if (session === 'signed-out') {
    return guestCartUnits(guestCart);
  }
  return signedIn && serverCart.status === 'ready' ? serverCart.cart.itemCount : undefined;
}

export function HeaderAccount() {
  const router = useRouter();
  const state = useSession();
  const units = useCartUnits(state.status);

  function handleSignOut() {
    signOut();
    router.push('/');
  }

  return (
    <nav aria-label="Account" className="flex items-center gap-4">
      <Link
        href="/cart"
        aria-label={units === undefined ? 'Cart' : `Cart, ${units} ${units === 1 ? 'item' : 'items'}`}
        className={`${LINK} flex items-center gap-1`}
      >
        Cart
        {units !== undefined && (
          <span
            data-testid="cart-count"
            aria-hidden="true"
            className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white"
          >
            {units}
          </span>
        )}
      </Link>
      {state.status === 'signed-in' && (
        <>
          {hasAdminRole(state.session.account) && (
            <Link href={ADMIN_HOME} className={LINK}>
              Admin console
            </Link>
          )}
          <Link href="/account" className={LINK}>
            {state.session.account.displayName}
          </Link>
          <button type="button" onClick={handleSignOut} className={LINK}>
            Sign out
          </button>
        </>
      )}
      {state.status === 'signed-out' && (
        <Link href="/login" className={LINK}>
          Sign in
        </Link>
      )}
    </nav>
  );
}
