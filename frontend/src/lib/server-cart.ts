'use client';

import { useSyncExternalStore } from 'react';
import { MAX_QUANTITY } from './guest-cart';
import { type Cart, getCart, removeCartItem, setCartItem } from './order-api';
import { authorized } from './session';

/**
 * The signed-in shopper's cart as the order service last answered it, shared by the header's count,
 * the product page and the cart page, so that a change on one shows on the others without asking
 * the service again.
 */

export type ServerCartState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; cart: Cart } | { status: 'error'; error: unknown };

const IDLE: ServerCartState = { status: 'idle' };

let state: ServerCartState = IDLE;
let pendingLoad: Promise<Cart> | undefined;
const listeners = new Set<() => void>();

function publish(next: ServerCartState) {
  state = next;
  for (const listener of listeners) {
    listener();
  }
}

export function getServerCartState(): ServerCartState {
  return state;
}

export function replaceServerCart(cart: Cart) {
  publish({ status: 'ready', cart });
}

/** At sign-in and sign-out: the next reader asks the service for the (other) shopper's cart. */
export function forgetServerCart() {
  pendingLoad = undefined;
  publish(IDLE);
}

/**
 * Asks the service for the cart; callers at the same time share one request. The outcome is also
 * kept in the store, so a caller that only wants the store filled may ignore the rejection.
 */
export function loadServerCart(): Promise<Cart> {
  if (pendingLoad) {
    return pendingLoad;
  }
  publish({ status: 'loading' });
  const load: Promise<Cart> = authorized((token) => getCart(token)).then(
    (cart) => {
      if (pendingLoad === load) {
        pendingLoad = undefined;
        replaceServerCart(cart);
      }
      return cart;
    },
    (error: unknown) => {
      if (pendingLoad === load) {
        pendingLoad = undefined;
        publish({ status: 'error', error });
      }
      throw error;
    },
  );
  pendingLoad = load;
  return load;
}

export async function setServerCartQuantity(productId: number, quantity: number): Promise<Cart> {
  const cart = await authorized((token) => setCartItem(token, productId, quantity));
  replaceServerCart(cart);
  return cart;
}

/** The service sets quantities, so adding reads the line's quantity first and sets the sum (at most 99). */
export async function addToServerCart(productId: number, quantity: number): Promise<Cart> {
  const known = state.status === 'ready' ? state.cart : await loadServerCart();
  const existing = known.items.find((line) => line.productId === productId)?.quantity ?? 0;
  return setServerCartQuantity(productId, Math.min(MAX_QUANTITY, existing + quantity));
}

export async function removeFromServerCart(productId: number): Promise<Cart> {
  const cart = await authorized((token) => removeCartItem(token, productId));
  replaceServerCart(cart);
  return cart;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useServerCart(): ServerCartState {
  return useSyncExternalStore(subscribe, getServerCartState, () => IDLE);
}
