import { ApiError } from './api';
import type { PriceChange, StockShortage } from './order-api';

/** Why a checkout was refused, in the terms the checkout page shows it. */
export type CheckoutFailure =
  | { kind: 'price-changed'; error: ApiError; changes: PriceChange[] }
  | { kind: 'insufficient-stock'; error: ApiError; shortages: StockShortage[] }
  | { kind: 'products-unavailable'; error: ApiError; productIds: number[] }
  | { kind: 'payment-declined'; error: ApiError }
  | { kind: 'in-progress'; error: ApiError }
  | { kind: 'key-reused'; error: ApiError }
  | { kind: 'other'; error: unknown };

type CheckoutProblem = {
  priceChanges?: PriceChange[];
  shortages?: StockShortage[];
  unavailableProducts?: number[];
};

export function classifyCheckoutFailure(error: unknown): CheckoutFailure {
  if (!(error instanceof ApiError)) {
    return { kind: 'other', error };
  }
  const problem = error.problem as CheckoutProblem;
  if (error.status === 402) {
    return { kind: 'payment-declined', error };
  }
  if (error.isProblem('price-changed')) {
    return { kind: 'price-changed', error, changes: problem.priceChanges ?? [] };
  }
  if (error.isProblem('insufficient-stock')) {
    return { kind: 'insufficient-stock', error, shortages: problem.shortages ?? [] };
  }
  if (error.isProblem('products-unavailable')) {
    return { kind: 'products-unavailable', error, productIds: problem.unavailableProducts ?? [] };
  }
  if (error.isProblem('checkout-in-progress')) {
    return { kind: 'in-progress', error };
  }
  if (error.status === 422) {
    return { kind: 'key-reused', error };
  }
  return { kind: 'other', error };
}

/**
 * One key per checkout attempt, sent with every try to place that order. A double click, a retry
 * after a timeout or a retry after a declined card all carry the same key, so the order service
 * places the order at most once. A refused checkout leaves nothing behind on the server, so the
 * same key also serves the retry after the shopper fixed the card or the cart.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
