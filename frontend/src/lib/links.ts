export function productHref(id: number): string {
  return `/product?id=${id}`;
}

export function categoryHref(slug: string): string {
  return `/category?slug=${encodeURIComponent(slug)}`;
}

/**
 * Where to go after log-in: only a path on this site, so that a crafted `?next=https://evil.example`
 * or `//evil.example` cannot send a shopper elsewhere with a fresh session.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return '/';
  }
  return raw;
}

export function loginHref(next?: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

export function signupHref(next?: string): string {
  return next && next !== '/' ? `/signup?next=${encodeURIComponent(next)}` : '/signup';
}

export function orderHref(orderId: string): string {
  return `/account/order?id=${encodeURIComponent(orderId)}`;
}

export function orderCompleteHref(orderId: string): string {
  return `/order-complete?id=${encodeURIComponent(orderId)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An order ID from the query string, or undefined when it cannot be one (the API takes UUIDs). */
export function parseOrderId(raw: string | null): string | undefined {
  return raw && UUID_PATTERN.test(raw) ? raw.toLowerCase() : undefined;
}

export const ADMIN_HOME = '/admin';

export function adminProductHref(productId: number): string {
  return `/admin/products/edit?id=${productId}`;
}

export function adminStockHref(productId: number): string {
  return `/admin/stock/product?id=${productId}`;
}

/** A positive whole number small enough to be exact in JavaScript (the APIs' int64 IDs), or undefined. */
export function parseProductId(raw: string | null): number | undefined {
  if (!raw || !/^[1-9]\d{0,14}$/.test(raw)) {
    return undefined;
  }
  return Number(raw);
}
