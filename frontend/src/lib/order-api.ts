/** Typed client for the order API (api/order.yaml): the signed-in shopper's cart, checkout and orders. */
import { requestJson } from './api';
import type { components } from './api-types/order';

type Schemas = components['schemas'];

const ORDER_BASE = '/api/order';

export type CartLine = Schemas['CartLine'];
export type Cart = Schemas['Cart'];
export type GuestCartItem = Schemas['GuestCartItem'];
export type CartMergeResult = Schemas['CartMergeResult'];
export type ShippingAddress = Schemas['ShippingAddress'];
export type PaymentDetails = Schemas['PaymentDetails'];
export type CheckoutRequest = Schemas['CheckoutRequest'];
export type OrderLine = Schemas['OrderLine'];
export type Order = Schemas['Order'];
export type OrderSummary = Schemas['OrderSummary'];
/** Extra members of the problems that checkout answers. */
export type PriceChange = Schemas['PriceChange'];
export type StockShortage = Schemas['StockShortage'];
export type SalesSummary = Schemas['SalesSummary'];

export function getCart(accessToken: string, signal?: AbortSignal): Promise<Cart> {
  return requestJson(`${ORDER_BASE}/cart`, { accessToken, signal });
}

/** Sets (not adds to) the quantity of a product in the cart. */
export function setCartItem(accessToken: string, productId: number, quantity: number): Promise<Cart> {
  return requestJson(`${ORDER_BASE}/cart/items/${productId}`, { method: 'PUT', body: { quantity }, accessToken });
}

export function removeCartItem(accessToken: string, productId: number): Promise<Cart> {
  return requestJson(`${ORDER_BASE}/cart/items/${productId}`, { method: 'DELETE', accessToken });
}

export function mergeCart(accessToken: string, items: GuestCartItem[]): Promise<CartMergeResult> {
  return requestJson(`${ORDER_BASE}/cart/merge`, { method: 'POST', body: { items }, accessToken });
}

/** The same `idempotencyKey` with the same request never places a second order. */
export function placeOrder(accessToken: string, idempotencyKey: string, request: CheckoutRequest): Promise<Order> {
  return requestJson(`${ORDER_BASE}/orders`, {
    method: 'POST',
    body: request,
    accessToken,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function listOrders(
  accessToken: string,
  query: { page: number; size: number },
  signal?: AbortSignal,
): Promise<Schemas['OrderPage']> {
  return requestJson(`${ORDER_BASE}/orders?page=${query.page}&size=${query.size}`, { accessToken, signal });
}

export function getOrder(accessToken: string, orderId: string, signal?: AbortSignal): Promise<Order> {
  return requestJson(`${ORDER_BASE}/orders/${encodeURIComponent(orderId)}`, { accessToken, signal });
}

/** Admin only; today when `day` is left out. */
export function getSalesSummary(accessToken: string, signal?: AbortSignal): Promise<SalesSummary> {
  return requestJson(`${ORDER_BASE}/sales-summary`, { accessToken, signal });
}
