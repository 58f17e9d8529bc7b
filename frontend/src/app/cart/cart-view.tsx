'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CartLineItem } from '@/components/cart/cart-line-item';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { formatPrice } from '@/lib/format';
import { loginHref } from '@/lib/links';
import { useCart } from '@/lib/use-cart';

const CHECKOUT_PATH = '/checkout';

export function CartView() {
  const cart = useCart();
  const [busyProductId, setBusyProductId] = useState<number>();
  const [failure, setFailure] = useState<unknown>();

  if (cart.status === 'loading') {
    return <LoadingMessage label="Loading your cart…" />;
  }
  if (cart.status === 'error') {
    return <ErrorState title="Your cart could not be loaded." error={cart.error} onRetry={cart.retry} />;
  }

  async function change(productId: number, update: () => Promise<void>) {
    setBusyProductId(productId);
    setFailure(undefined);
    try {
      await update();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusyProductId(undefined);
    }
  }

  return (
    <div>
      <h1 className="text-3xl font-bold text-slate-900">Your cart</h1>
      {cart.lines.length === 0 ? (
        <div className="py-12 text-center">
          <p className="text-slate-600">Your cart is empty.</p>
          <Link href="/products" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
            Browse all products
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-3">
          <div className="lg:col-span-2">
            {failure !== undefined && <ProblemAlert title="Your cart could not be changed." error={failure} />}
            <ul className="divide-y divide-slate-200 border-y border-slate-200">
              {cart.lines.map((line) => (
                <CartLineItem
                  key={line.productId}
                  line={line}
                  busy={busyProductId === line.productId}
                  onQuantityChange={(quantity) =>
                    change(line.productId, () => cart.setQuantity(line.productId, quantity))
                  }
                  onRemove={() => change(line.productId, () => cart.remove(line.productId))}
                />
              ))}
            </ul>
          </div>
          <section aria-labelledby="cart-summary-heading" className="h-fit rounded-lg border border-slate-200 p-6">
            <h2 id="cart-summary-heading" className="text-lg font-semibold text-slate-900">
              Summary
            </h2>
            <dl className="mt-4 space-y-2 text-sm">
              <div className="flex justify-between">
                <dt>Items</dt>
                <dd data-testid="cart-item-count">{cart.itemCount}</dd>
              </div>
              <div className="flex justify-between text-base font-semibold">
                <dt>Total</dt>
                <dd data-testid="cart-total">{formatPrice(cart.total)}</dd>
              </div>
            </dl>
            <Link
              href={cart.signedIn ? CHECKOUT_PATH : loginHref(CHECKOUT_PATH)}
              className="mt-6 block rounded-md bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700"
            >
              Checkout
            </Link>
            {!cart.signedIn && (
              <p className="mt-2 text-xs text-slate-600">You sign in (or create an account) before you pay.</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
