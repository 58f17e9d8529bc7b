import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CheckoutFailure } from '@/lib/checkout';
import { formatPrice } from '@/lib/format';
import type { PriceChange } from '@/lib/order-api';
import { describeError } from '../feedback/error-state';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';

type NameOf = (productId: number) => string;

function FailurePanel({ title, error, children }: { title: string; error: unknown; children?: ReactNode }) {
  const { message, requestId } = describeError(error);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      {requestId && <p className="mt-1 text-xs text-red-800">Request ID: {requestId}</p>}
      {children && <div className="mt-3">{children}</div>}
    </div>
  );
}

const CART_LINK = (
  <Link href="/cart" className="font-medium text-brand-700 underline">
    Change your cart
  </Link>
);

/** Shown on the review step after the order service refused the old prices. */
export function PriceChangedNotice({
  changes,
  nameOf,
  error,
}: {
  changes: PriceChange[];
  nameOf: NameOf;
  error: unknown;
}) {
  return (
    <FailurePanel
      title="Prices changed since you put these products in your cart. Check the new prices and confirm again."
      error={error}
    >
      <ul className="list-disc pl-5">
        {changes.map((change) => (
          <li key={change.productId}>
            {nameOf(change.productId)}: {formatPrice(change.previousPrice)} → {formatPrice(change.currentPrice)}
          </li>
        ))}
      </ul>
    </FailurePanel>
  );
}

/** Why placing the order failed, and what the shopper can do about it. */
export function CheckoutFailureNotice({
  failure,
  nameOf,
  onRetry,
  onChangeCard,
}: {
  failure: Exclude<CheckoutFailure, { kind: 'price-changed' }>;
  nameOf: NameOf;
  onRetry: () => void;
  onChangeCard: () => void;
}) {
  switch (failure.kind) {
    case 'payment-declined':
      return (
        <FailurePanel title="Your payment was declined. Nothing was ordered." error={failure.error}>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={onRetry} className={PRIMARY_BUTTON}>
              Try again
            </button>
            <button type="button" onClick={onChangeCard} className={SECONDARY_BUTTON}>
              Use another card
            </button>
          </div>
        </FailurePanel>
      );
    case 'insufficient-stock':
      return (
        <FailurePanel title="Some products do not have enough stock. Nothing was ordered." error={failure.error}>
          <ul className="list-disc pl-5">
            {failure.shortages.map((shortage) => (
              <li key={shortage.productId}>
                {nameOf(shortage.productId)}: you asked for {shortage.requested}, {shortage.available} available
              </li>
            ))}
          </ul>
          <p className="mt-2">{CART_LINK}</p>
        </FailurePanel>
      );
    case 'products-unavailable':
      return (
        <FailurePanel title="Some products are no longer sold and were taken out of your cart." error={failure.error}>
          <ul className="list-disc pl-5">
            {failure.productIds.map((productId) => (
              <li key={productId}>{nameOf(productId)}</li>
            ))}
          </ul>
          <p className="mt-2">{CART_LINK}</p>
        </FailurePanel>
      );
    case 'in-progress':
      return (
        <FailurePanel title="Your order is still being placed." error={failure.error}>
          <button type="button" onClick={onRetry} className={PRIMARY_BUTTON}>
            Check again
          </button>
        </FailurePanel>
      );
    case 'key-reused':
      return (
        <FailurePanel title="This checkout was already sent with other details." error={failure.error}>
          <Link href="/account/orders" className="font-medium text-brand-700 underline">
            See your orders
          </Link>
        </FailurePanel>
      );
    case 'other':
      return (
        <FailurePanel title="Your order could not be placed." error={failure.error}>
          <button type="button" onClick={onRetry} className={PRIMARY_BUTTON}>
            Try again
          </button>
        </FailurePanel>
      );
  }
}
