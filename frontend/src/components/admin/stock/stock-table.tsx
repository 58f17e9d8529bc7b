import Link from 'next/link';
import { adminStockHref } from '@/lib/links';
import { productLabel } from '@/lib/product-names';
import type { StockOverviewItem } from '@/lib/stock-admin-api';
import { STOCK_ROW_HIGHLIGHT, StockStatusBadge } from '../stock-status-badge';
import { DataTable } from '../data-table';

/** Stock levels at a glance; rows that need attention are highlighted. */
export function StockTable({ items, names }: { items: StockOverviewItem[]; names: Map<number, string> }) {
  return (
    <DataTable
      columns={[
        { label: 'Product' },
        { label: 'Available', numeric: true },
        { label: 'Reserved', numeric: true },
        { label: 'Low at', numeric: true },
        { label: 'Status' },
      ]}
    >
      {items.map((item) => (
        <tr
          key={item.productId}
          data-testid="stock-row"
          data-status={item.status}
          className={STOCK_ROW_HIGHLIGHT[item.status]}
        >
          <th scope="row" className="py-2 pr-3 font-normal">
            <Link href={adminStockHref(item.productId)} className="font-medium text-brand-700 hover:underline">
              {productLabel(names, item.productId)}
            </Link>
            <span className="ml-2 text-xs text-slate-500">#{item.productId}</span>
          </th>
          <td className="py-2 pr-3 text-right font-medium text-slate-900">{item.available}</td>
          <td className="py-2 pr-3 text-right text-slate-700">{item.reserved}</td>
          <td className="py-2 pr-3 text-right text-slate-700">{item.lowStockThreshold}</td>
          <td className="py-2">
            <StockStatusBadge status={item.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
