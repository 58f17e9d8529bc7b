/**
 * The admin side of the inventory API (api/inventory.yaml, tag `stock-admin`): stock levels at a glance,
 * receiving, adjusting, low-stock thresholds and the audit trail. Every call but `getStockLevel` needs
 * an access token with the `admin` role.
 */
import { requestJson } from './api';
import type { components, operations } from './api-types/inventory';

type Schemas = components['schemas'];

const INVENTORY_BASE = '/api/inventory';

/** Inventory knows no `unknown`: that is the catalog's word for an inventory that did not answer. */
export type TrackedStockStatus = Schemas['StockStatus'];
export type StockLevel = Schemas['StockLevel'];
export type StockOverviewItem = Schemas['StockOverviewItem'];
export type AdjustmentReason = Schemas['AdjustmentReason'];

export const ADJUSTMENT_REASONS = ['damaged', 'lost', 'found', 'correction', 'returned'] as const satisfies readonly AdjustmentReason[];

export type MovementKind = Schemas['MovementKind'];
export type StockSnapshot = Schemas['StockSnapshot'];
export type StockMovement = Schemas['StockMovement'];
/** The product's stock after a change, and the audit entry that records it. */
export type StockChange = Schemas['StockChange'];
export type StockReceipt = Schemas['StockReceipt'];
export type StockAdjustment = Schemas['StockAdjustment'];

type OverviewParameters = NonNullable<operations['getStockOverview']['parameters']['query']>;
/** The page is always named; `lowOnly` keeps only `low_stock` and `sold_out`. */
export type StockOverviewQuery = Required<Pick<OverviewParameters, 'page' | 'size'>> & Pick<OverviewParameters, 'lowOnly'>;

export function getStockOverview(
  accessToken: string,
  query: StockOverviewQuery,
  signal?: AbortSignal,
): Promise<Schemas['StockOverviewPage']> {
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
    body: { lowStockThreshold: threshold } satisfies Schemas['LowStockThreshold'],
    accessToken,
  });
}

/** Newest first. */
export function getProductMovements(
  accessToken: string,
  productId: number,
  query: { page: number; size: number },
  signal?: AbortSignal,
): Promise<Schemas['StockMovementPage']> {
  return requestJson(`${INVENTORY_BASE}/stock/${productId}/movements?page=${query.page}&size=${query.size}`, {
    accessToken,
    signal,
  });
}
