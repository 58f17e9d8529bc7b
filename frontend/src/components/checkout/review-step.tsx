'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatAddress } from '@/lib/address';
import type { Address } from '@/lib/identity-api';
import { type Cart, getCart } from '@/lib/order-api';
import { replaceServerCart } from '@/lib/server-cart';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { OrderLines } from '../cart/order-lines';
import { ErrorState } from '../feedback/error-state';
import { LoadingMessage } from '../feedback/loading';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';

/**
 * Step 2: the cart with the prices the order service holds now. It is read again each time the step
 * is shown (`version`), so that prices that changed during checkout are the ones confirmed.
 */
export function ReviewStep({
  address,
  version,
  notice,
  onBack,
  onContinue,
}: {
  address: Address;
  version: number;
  /** Why the shopper is back here, e.g. prices that changed. */
  notice?: ReactNode;
  onBack: () => void;
  onContinue: (cart: Cart) => void;
}) {
  const cart = useAsync(async (signal) => {
    const current = await authorized((token) => getCart(token, signal));
    replaceServerCart(current);
    return current;
  }, `checkout-cart#${version}`);

  if (cart.status === 'loading') {
    return <LoadingMessage label="Loading your cart…" />;
  }
  if (cart.status === 'error') {
    return <ErrorState title="Your cart could not be loaded." error={cart.error} onRetry={cart.retry} />;
  }

  const empty = cart.data.items.length === 0;
  return (
    <section aria-labelledby="review-step-heading" className="space-y-6">
      <h2 id="review-step-heading" className="text-xl font-semibold text-slate-900">
        Review your order
      </h2>
      {notice}
      {empty ? (
        <p>
          Your cart is empty.{' '}
          <Link href="/products" className="font-medium text-brand-700 underline">
            Browse all products
          </Link>
        </p>
      ) : (
        <OrderLines lines={cart.data.items} total={cart.data.total} caption="Products in your order" />
      )}
      <div>
        <h3 className="font-medium text-slate-900">Ship to</h3>
        <p className="text-sm text-slate-700">
          {address.name}, {formatAddress(address)}, {address.phone}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className={SECONDARY_BUTTON}>
          Change address
        </button>
        <button type="button" onClick={() => onContinue(cart.data)} disabled={empty} className={PRIMARY_BUTTON}>
          Continue to payment
        </button>
        <Link href="/cart" className="self-center text-sm font-medium text-brand-700 underline">
          Edit cart
        </Link>
      </div>
    </section>
  );
}
