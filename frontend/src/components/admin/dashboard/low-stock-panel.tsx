'use client';

import Link from 'next/link';
import { adminStockHref } from '@/lib/links';
import { loadProductNames, productLabel } from '@/lib/product-names';
import { authorized } from '@/lib/session';
import { getStockOverview } from '@/lib/stock-admin-api';
import { useAsync } from '@/lib/use-async';
import { ErrorState } from '../../feedback/error-state';
import { LoadingMessage } from '../../feedback/loading';
import { STOCK_ROW_HIGHLIGHT, StockStatusBadge } from '../stock-status-badge';

const SHOWN = 10;

async function loadLowStock(signal: AbortSignal) {
  const page = await authorized((token) => getStockOverview(token, { page: 0, size: SHOWN, lowOnly: true }, signal));
  const names = await loadProductNames(
    page.items.map((item) => item.productId),
    signal,
  );
  return { page, names };
}

/** The products that are low or sold out, each a link to its stock page. */
export function LowStockPanel() {
  const lowStock = useAsync(loadLowStock, 'dashboard-low-stock');

  function content() {
    if (lowStock.status === 'loading') {
      return <LoadingMessage label="Loading stock…" />;
    }
    if (lowStock.status === 'error') {
      return <ErrorState title="The stock levels could not be loaded." error={lowStock.error} onRetry={lowStock.retry} />;
    }
    const { page, names } = lowStock.data;
    if (page.totalItems === 0) {
      return <p className="text-sm text-slate-600">Every product is comfortably in stock.</p>;
    }
    return (
      <>
        <p className="text-sm text-slate-700" data-testid="attention-count">
          {page.totalItems === 1 ? '1 product needs' : `${page.totalItems} products need`} attention.
        </p>
        <ul className="mt-3 divide-y divide-slate-100 rounded-md border border-slate-200">
          {page.items.map((item) => (
            <li
              key={item.productId}
              data-testid="low-stock-item"
              data-status={item.status}
              className={`flex flex-wrap items-center justify-between gap-3 px-3 py-2 ${STOCK_ROW_HIGHLIGHT[item.status]}`}
            >
              <Link href={adminStockHref(item.productId)} className="font-medium text-brand-700 hover:underline">
                {productLabel(names, item.productId)}
              </Link>
              <span className="flex items-center gap-3 text-sm text-slate-700">
                {item.available} available
                <StockStatusBadge status={item.status} />
              </span>
            </li>
          ))}
        </ul>
        <Link href="/admin/stock?view=attention" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
          All stock that needs attention
        </Link>
      </>
    );
  }

  return (
    <section aria-labelledby="low-stock-heading" className="space-y-2">
      <h2 id="low-stock-heading" className="text-xl font-semibold text-slate-900">
        Low stock and sold out
      </h2>
      {content()}
    </section>
  );
}
