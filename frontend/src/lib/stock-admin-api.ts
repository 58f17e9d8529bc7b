/**
 * The admin side of the inventory API (api/inventory.yaml, tag `stock-admin`): stock levels at a glance,
 * receiving, adjusting, low-stock thresholds and the audit trail. Every call but `getStockLevel` needs
 * an access token with the `admin` role.
 */
import { type Page, requestJson } from './api';

const INVENTORY_BASE = '/api/inventory';

/** Inventory knows no `unknown`: that is the catalog's word for an inventory that did not answer. */
export type TrackedStockStatus = 'in_stock' | 'low_stock' | 'sold_out';

export interface StockLevel {
  productId: number;
  available: number;
  lowStockThreshold: number;
  status: TrackedStockStatus;
}

export interface StockOverviewItem extends StockLevel {
  /** Held for checkouts in progress; not part of `available`. */
  reserved: number;
}

export type AdjustmentReason = 'damaged' | 'lost' | 'found' | 'correction' | 'returned';

export const ADJUSTMENT_REASONS: readonly AdjustmentReason[] = ['damaged', 'lost', 'found', 'correction', 'returned'];

export type MovementKind =
  'received' | 'adjusted' | 'reserved' | 'released' | 'expired' | 'committed' | 'threshold_changed';

export interface StockSnapshot {
  available: number;
  reserved: number;
  lowStockThreshold: number;
}

export interface StockMovement {
  movementId: number;
  productId: number;
  kind: MovementKind;
  occurredAt: string;
  /** The user ID of who made the change, or `system` for the service's own work. */
  actor: string;
  before: StockSnapshot;
  after: StockSnapshot;
  /** The change of the available units. */
  delta: number;
  reason?: AdjustmentReason;
  note?: string;
  reservationId?: string;
}

/** The product's stock after a change, and the audit entry that records it. */
export interface StockChange {
  stock: StockLevel;
  movement: StockMovement;
}

export interface StockReceipt {
  quantity: number;
  /** Left out when empty. */
  note?: string;
}

export interface StockAdjustment {
  /** Never 0. */
  delta: number;
  reason: AdjustmentReason;
  note?: string;
}

export type StockOverviewQuery = {
  /** Zero-based. */
  page: number;
  size: number;
  /** Only `low_stock` and `sold_out`. */
  lowOnly?: boolean;
};

export function getStockOverview(
  accessToken: string,
  query: StockOverviewQuery,
  signal?: AbortSignal,
): Promise<Page<StockOverviewItem>> {
  const params = new URLSearchParams({ page: String(query.page), size: String(query.size) });
  if (query.lowOnly) {
    params.set('lowOnly', 'true');
  }
  return requestJson(`${INVENTORY_BASE}/stock/overview?${params}`, { accessToken, signal });
}

/** A public read: no token, because one that is sent is checked and a stale one would be refused. */
export function getStockLevel(productId: number, signal?: AbortSignal): Promise<StockLevel> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}`, { signal });
}

export function receiveStock(accessToken: string, productId: number, receipt: StockReceipt): Promise<StockChange> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}/receipts`, { method: 'POST', body: receipt, accessToken });
}

export function adjustStock(accessToken: string, productId: number, adjustment: StockAdjustment): Promise<StockChange> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}/adjustments`, {
    method: 'POST',
    body: adjustment,
    accessToken,
  });
}

export function setLowStockThreshold(accessToken: string, productId: number, threshold: number): Promise<StockLevel> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}/threshold`, {
    method: 'PUT',
    body: { lowStockThreshold: threshold },
    accessToken,
  });
}

/** Newest first. */
export function getProductMovements(
  accessToken: string,
  productId: number,
  query: { page: number; size: number },
  signal?: AbortSignal,
): Promise<Page<StockMovement>> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}/movements?page=${query.page}&size=${query.size}`, {
    accessToken,
    signal,
  });
}
