import type { Stock, StockStatus } from '@/lib/api';

const STATUS_STYLES: Record<StockStatus, string> = {
  in_stock: 'bg-green-50 text-green-800 ring-green-600/30',
  low_stock: 'bg-amber-50 text-amber-900 ring-amber-600/40',
  sold_out: 'bg-red-50 text-red-800 ring-red-600/30',
  unknown: 'bg-slate-100 text-slate-700 ring-slate-500/30',
};

export function stockLabel({ status, available }: Stock): string {
  switch (status) {
    case 'in_stock':
      return 'In stock';
    case 'low_stock':
      return typeof available === 'number' ? `Low stock — only ${available} left` : 'Low stock';
    case 'sold_out':
      return 'Sold out';
    case 'unknown':
      return 'Stock unknown';
  }
}

export function StockBadge({ stock }: { stock: Stock }) {
  return (
    <span
      data-testid="stock-badge"
      data-status={stock.status}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_STYLES[stock.status]}`}
    >
      {stockLabel(stock)}
    </span>
  );
}
