'use client';

import Link from 'next/link';
import { useState } from 'react';
import { addToGuestCart } from '@/lib/guest-cart';
import { addToServerCart } from '@/lib/server-cart';
import { useSession } from '@/lib/session';
import { ProblemAlert } from '../feedback/problem-alert';
import { QuantitySelect } from '../forms/quantity-select';
import { PRIMARY_BUTTON } from '../forms/styles';

type Outcome = { kind: 'added'; quantity: number } | { kind: 'cart-full' } | { kind: 'failed'; error: unknown };

/**
 * Puts the product in the signed-in shopper's cart on the server, or in the browser's guest cart.
 * Stock that is unknown (inventory did not answer) does not stop it: checkout reserves the stock.
 */
export function AddToCart({
  productId,
  productName,
  soldOut,
}: {
  productId: number;
  productName: string;
  soldOut: boolean;
}) {
  const session = useSession();
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function handleAdd() {
    setOutcome(undefined);
    if (session.status !== 'signed-in') {
      setOutcome(addToGuestCart(productId, quantity) ? { kind: 'added', quantity } : { kind: 'cart-full' });
      return;
    }
    setAdding(true);
    try {
      await addToServerCart(productId, quantity);
      setOutcome({ kind: 'added', quantity });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <QuantitySelect label="Quantity" value={quantity} onChange={setQuantity} disabled={adding || soldOut} />
        <button
          type="button"
          onClick={handleAdd}
          disabled={adding || soldOut || session.status === 'unknown'}
          className={PRIMARY_BUTTON}
        >
          {adding ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
      {soldOut && <p className="text-sm text-slate-700">This product is sold out.</p>}
      <div aria-live="polite">
        {outcome?.kind === 'added' && (
          <p className="text-sm text-green-800">
            Added {outcome.quantity} × {productName} to your cart.{' '}
            <Link href="/cart" className="font-medium text-brand-700 underline">
              View cart
            </Link>
          </p>
        )}
        {outcome?.kind === 'cart-full' && (
          <p role="alert" className="text-sm text-red-700">
            Your cart already holds 50 different products. Remove one to add this.
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <ProblemAlert title="The product could not be added to your cart." error={outcome.error} />
      )}
    </div>
  );
}
