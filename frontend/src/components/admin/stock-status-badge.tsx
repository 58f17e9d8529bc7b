import type { TrackedStockStatus } from '@/lib/stock-admin-api';
import { StockBadge } from '../product/stock-badge';

/** The shop's badge without the unit count, which the admin's tables show in a column of its own. */
export function StockStatusBadge({ status }: { status: TrackedStockStatus }) {
  return <StockBadge stock={{ status }} />;
}

/** Rows that need attention stand out: amber when low, red when sold out. */
export const STOCK_ROW_HIGHLIGHT: Record<TrackedStockStatus, string> = {
  in_stock: '',
  low_stock: 'bg-amber-50',
  sold_out: 'bg-red-50',
};
