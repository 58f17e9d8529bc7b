'use client';

import { useEffect, useState } from 'react';
import { ApiError, type Money, type ProductDetail, getProduct } from './api';
import { removeFromGuestCart, setGuestCartQuantity, useGuestCart } from './guest-cart';
import type { GuestCartItem } from './order-api';
import { loadServerCart, removeFromServerCart, setServerCartQuantity, useServerCart } from './server-cart';
import { useSession } from './session';
import { useAsync } from './use-async';

export interface CartLineView {
  productId: number;
  name: string;
  /** Absent when the catalog could not be asked for the product's picture. */
  imageUrl?: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export type CartState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      signedIn: boolean;
      lines: CartLineView[];
      itemCount: number;
      total: Money;
      setQuantity: (productId: number, quantity: number) => Promise<void>;
      remove: (productId: number) => Promise<void>;
    };

interface CatalogLookup {
  products: Map<number, ProductDetail>;
  /** Products the catalog does not know (any more). */
  unknown: number[];
  /** Any other failure, e.g. the catalog did not answer. */
  failure?: unknown;
}

async function lookUpProducts(ids: number[], signal: AbortSignal): Promise<CatalogLookup> {
  const answers = await Promise.allSettled(ids.map((id) => getProduct(id, signal)));
  const lookup: CatalogLookup = { products: new Map(), unknown: [] };
  answers.forEach((answer, index) => {
    if (answer.status === 'fulfilled') {
      lookup.products.set(answer.value.id, answer.value);
    } else if (answer.reason instanceof ApiError && answer.reason.isNotFound) {
      lookup.unknown.push(ids[index]!);
    } else {
      lookup.failure ??= answer.reason;
    }
  });
  return lookup;
}

function idsKey(ids: number[]): string {
  return [...ids].sort((a, b) => a - b).join(',');
}

function yen(amount: number): Money {
  return { amount, currency: 'JPY' };
}

/** The guest cart holds IDs only: names, prices and pictures come from the catalog, as it is now. */
function useGuestCartState(enabled: boolean): CartState {
  const items = useGuestCart();
  const ids = items.map((item) => item.productId);
  // Ask the catalog again only for a product it was not asked about: removing a line needs no new data.
  const [lookedUpIds, setLookedUpIds] = useState(ids);
  if (!ids.every((id) => lookedUpIds.includes(id))) {
    setLookedUpIds(ids);
  }
  const lookup = useAsync(
    async (signal) => {
      const found: CatalogLookup = enabled
        ? await lookUpProducts(lookedUpIds, signal)
        : { products: new Map(), unknown: [] };
      if (found.failure !== undefined) {
        throw found.failure;
      }
      // Products the catalog no longer sells cannot be bought: take them out instead of failing the page.
      found.unknown.forEach(removeFromGuestCart);
      return found.products;
    },
    `guest-cart:${enabled}:${idsKey(lookedUpIds)}`,
  );

  if (lookup.status !== 'success') {
    return lookup.status === 'loading' ? lookup : { status: 'error', error: lookup.error, retry: lookup.retry };
  }
  const lines = items.flatMap((item: GuestCartItem): CartLineView[] => {
    const product = lookup.data.get(item.productId);
    if (!product) {
      return [];
    }
    return [
      {
        productId: item.productId,
        name: product.name,
        imageUrl: product.images[0]?.url,
        unitPrice: product.price,
        quantity: item.quantity,
        lineTotal: yen(product.price.amount * item.quantity),
      },
    ];
  });
  return {
    status: 'ready',
    signedIn: false,
    lines,
    itemCount: lines.reduce((units, line) => units + line.quantity, 0),
    total: yen(lines.reduce((sum, line) => sum + line.lineTotal.amount, 0)),
    setQuantity: async (productId, quantity) => setGuestCartQuantity(productId, quantity),
    remove: async (productId) => removeFromGuestCart(productId),
  };
}

/** The server's cart has names and prices; only the pictures come from the catalog, if it answers. */
function useServerCartState(enabled: boolean): CartState {
  const serverCart = useServerCart();
  const cart = serverCart.status === 'ready' ? serverCart.cart : undefined;
  const ids = cart?.items.map((line) => line.productId) ?? [];
  const pictures = useAsync(
    async (signal) =>
      enabled && ids.length > 0 ? (await lookUpProducts(ids, signal)).products : new Map<number, ProductDetail>(),
    `server-cart-pictures:${enabled}:${idsKey(ids)}`,
  );

  useEffect(() => {
    if (enabled && serverCart.status === 'idle') {
      // The outcome lands in the store, which this hook reads.
      loadServerCart().catch(() => undefined);
    }
  }, [enabled, serverCart.status]);

  if (serverCart.status === 'error') {
    return { status: 'error', error: serverCart.error, retry: () => loadServerCart().catch(() => undefined) };
  }
  if (!cart) {
    return { status: 'loading' };
  }
  const products = pictures.status === 'success' ? pictures.data : undefined;
  return {
    status: 'ready',
    signedIn: true,
    lines: cart.items.map((line) => ({ ...line, imageUrl: products?.get(line.productId)?.images[0]?.url })),
    itemCount: cart.itemCount,
    total: cart.total,
    setQuantity: async (productId, quantity) => {
      await setServerCartQuantity(productId, quantity);
    },
    remove: async (productId) => {
      await removeFromServerCart(productId);
    },
  };
}

/** The cart of whoever is looking: the server's for a signed-in shopper, the browser's for a guest. */
export function useCart(): CartState {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  // Both hooks always run (hooks cannot be conditional); only the one in use asks any service.
  const guest = useGuestCartState(session.status === 'signed-out');
  const server = useServerCartState(signedIn);
  if (session.status === 'unknown') {
    return { status: 'loading' };
  }
  return signedIn ? server : guest;
}
