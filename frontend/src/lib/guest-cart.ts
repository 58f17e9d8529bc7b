'use client';

import { useSyncExternalStore } from 'react';
import type { GuestCartItem } from './order-api';

/**
 * The cart of a shopper who is not signed in, kept in localStorage so that it outlives the tab
 * (C-04). It holds product IDs and quantities only: names and prices are read from the catalog
 * when shown, so they are never stale, and nothing personal is stored. At log-in it is merged into
 * the server cart and cleared.
 */

const GUEST_CART_KEY = 'o11y-shop.guest-cart';

export const MAX_QUANTITY = 99;
/** A cart holds at most 50 distinct products (api/order.yaml). */
export const MAX_LINES = 50;

const EMPTY: readonly GuestCartItem[] = [];

let items: readonly GuestCartItem[] | undefined;
const listeners = new Set<() => void>();

function isItem(value: unknown): value is GuestCartItem {
  const item = value as GuestCartItem;
  return (
    Number.isSafeInteger(item?.productId) &&
    item.productId > 0 &&
    Number.isInteger(item.quantity) &&
    item.quantity >= 1 &&
    item.quantity <= MAX_QUANTITY
  );
}

function readStoredItems(): readonly GuestCartItem[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(GUEST_CART_KEY) ?? '[]');
    // Whatever another script or an old version left there must not break the cart page.
    return Array.isArray(stored) ? stored.filter(isItem).slice(0, MAX_LINES) : EMPTY;
  } catch {
    return EMPTY;
  }
}

function save(next: readonly GuestCartItem[]) {
  if (next.length === 0) {
    localStorage.removeItem(GUEST_CART_KEY);
  } else {
    localStorage.setItem(GUEST_CART_KEY, JSON.stringify(next));
  }
  items = next;
  for (const listener of listeners) {
    listener();
  }
}

export function getGuestCart(): readonly GuestCartItem[] {
  items ??= readStoredItems();
  return items;
}

function clampQuantity(quantity: number): number {
  return Math.min(MAX_QUANTITY, Math.max(1, Math.trunc(quantity)));
}

/**
 * Adds `quantity` units; a product already in the cart gets them added to its line, up to 99.
 * Answers false when the cart is full and the product is not in it yet.
 */
export function addToGuestCart(productId: number, quantity: number): boolean {
  const cart = getGuestCart();
  const existing = cart.find((item) => item.productId === productId);
  if (existing) {
    save(
      cart.map((item) =>
        item.productId === productId ? { productId, quantity: clampQuantity(item.quantity + quantity) } : item,
      ),
    );
    return true;
  }
  if (cart.length >= MAX_LINES) {
    return false;
  }
  save([...cart, { productId, quantity: clampQuantity(quantity) }]);
  return true;
}

export function setGuestCartQuantity(productId: number, quantity: number) {
  save(
    getGuestCart().map((item) =>
      item.productId === productId ? { productId, quantity: clampQuantity(quantity) } : item,
    ),
  );
}

export function removeFromGuestCart(productId: number) {
  save(getGuestCart().filter((item) => item.productId !== productId));
}

export function clearGuestCart() {
  save(EMPTY);
}

export function guestCartUnits(cart: readonly GuestCartItem[]): number {
  return cart.reduce((units, item) => units + item.quantity, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the cart: read it again so that both tabs agree.
  const onStorage = (event: StorageEvent) => {
    if (event.key === GUEST_CART_KEY || event.key === null) {
      items = readStoredItems();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useGuestCart(): readonly GuestCartItem[] {
  return useSyncExternalStore(subscribe, getGuestCart, () => EMPTY);
}
