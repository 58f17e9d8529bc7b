/** Typed client for the order API (api/order.yaml): the signed-in shopper's cart, checkout and orders. */
import { type Money, type Page, requestJson } from './api';
import type { AddressInput } from './identity-api';

const ORDER_BASE = '/api/order';

export interface CartLine {
  productId: number;
  /** The product's name when it was put in the cart. */
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  addedAt: string;
}

export interface Cart {
  /** Oldest line first. */
  items: CartLine[];
  /** Units in the cart, all lines together. */
  itemCount: number;
  total: Money;
  updatedAt?: string;
}

export interface GuestCartItem {
  productId: number;
  quantity: number;
}

export interface CartMergeResult {
  cart: Cart;
  skipped: { productId: number; reason: 'product_not_found' | 'cart_full' }[];
}

/** The fields of an identity address, without its ID. */
export type ShippingAddress = AddressInput;

export interface PaymentDetails {
  method: 'card';
  cardLast4: string;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  payment: PaymentDetails;
}

export interface OrderLine {
  productId: number;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface Order {
  orderId: string;
  /** What the shopper is shown and quotes, e.g. `O11Y-20261123-4F7K2`. */
  orderNumber: string;
  status: 'placed';
  placedAt: string;
  items: OrderLine[];
  itemCount: number;
  total: Money;
  shippingAddress: ShippingAddress;
  payment: PaymentDetails & { reference: string };
}

export type OrderSummary = Pick<Order, 'orderId' | 'orderNumber' | 'status' | 'placedAt' | 'itemCount' | 'total'>;

/** Extra members of the problems that checkout answers. */
export interface PriceChange {
  productId: number;
  previousPrice: Money;
  currentPrice: Money;
}

export interface StockShortage {
  productId: number;
  requested: number;
  available: number;
}

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
): Promise<Page<OrderSummary>> {
  return requestJson(`${ORDER_BASE}/orders?page=${query.page}&size=${query.size}`, { accessToken, signal });
}

export function getOrder(accessToken: string, orderId: string, signal?: AbortSignal): Promise<Order> {
  return requestJson(`${ORDER_BASE}/orders/${encodeURIComponent(orderId)}`, { accessToken, signal });
}

/** One day's sales in the shop's time zone, for the admin dashboard. */
export interface SalesSummary {
  /** `YYYY-MM-DD`. */
  day: string;
  /** The IANA time zone that decides where a day begins. */
  timeZone: string;
  orderCount: number;
  revenue: Money;
  averageOrderValue: Money;
  /** The five latest orders of any shopper, newest first, not only the day's. */
  recentOrders: OrderSummary[];
}

/** Admin only; today when `day` is left out. */
export function getSalesSummary(accessToken: string, signal?: AbortSignal): Promise<SalesSummary> {
  return requestJson(`${ORDER_BASE}/sales-summary`, { accessToken, signal });
}
