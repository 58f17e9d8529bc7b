'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { StockTable } from '@/components/admin/stock/stock-table';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { Pagination } from '@/components/listing/pagination';
import { readPage } from '@/lib/listing';
import { loadProductNames } from '@/lib/product-names';
import { authorized } from '@/lib/session';
import { getStockOverview } from '@/lib/stock-admin-api';
import { useAsync } from '@/lib/use-async';

const STOCK_PATH = '/admin/stock';
const ROWS_PER_PAGE = 25;

function stockHref(attentionOnly: boolean, page = 1): string {
  const params = new URLSearchParams();
  if (attentionOnly) {
    params.set('view', 'attention');
  }
  if (page > 1) {
    params.set('page', String(page));
  }
  const search = params.toString();
  return search ? `${STOCK_PATH}?${search}` : STOCK_PATH;
}

async function loadStock(page: number, attentionOnly: boolean, signal: AbortSignal) {
  const overview = await authorized((token) =>
    getStockOverview(token, { page: page - 1, size: ROWS_PER_PAGE, lowOnly: attentionOnly }, signal),
  );
  const names = await loadProductNames(
    overview.items.map((item) => item.productId),
    signal,
  );
  return { overview, names };
}

/** `page` is one-based, as in the URL. */
function StockLevels({ page, attentionOnly }: { page: number; attentionOnly: boolean }) {
  const stock = useAsync((signal) => loadStock(page, attentionOnly, signal), `admin-stock:${attentionOnly}:${page}`);
  if (stock.status === 'loading') {
    return <LoadingMessage label="Loading stock levels…" />;
  }
  if (stock.status === 'error') {
    return <ErrorState title="The stock levels could not be loaded." error={stock.error} onRetry={stock.retry} />;
  }
  const { overview, names } = stock.data;
  if (overview.totalItems === 0) {
    return (
      <p className="text-slate-600">
        {attentionOnly ? 'No product is low on stock or sold out.' : 'Inventory tracks no products yet.'}
      </p>
    );
  }
  return (
    <>
      <StockTable items={overview.items} names={names} />
      <Pagination
        page={page}
        totalPages={overview.totalPages}
        hrefForPage={(target) => stockHref(attentionOnly, target)}
      />
    </>
  );
}

function FilterLink({ active, href, children }: { active: boolean; href: string; children: string }) {
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
    >
      {children}
    </Link>
  );
}

export function StockView() {
  const searchParams = useSearchParams();
  const attentionOnly = searchParams.get('view') === 'attention';
  const page = readPage(searchParams);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-slate-900">Stock</h1>
      <nav aria-label="Which products" className="flex gap-2">
        <FilterLink active={!attentionOnly} href={stockHref(false)}>
          All products
        </FilterLink>
        <FilterLink active={attentionOnly} href={stockHref(true)}>
          Low stock and sold out
        </FilterLink>
      </nav>
      <p className="text-sm text-slate-600">
        Choose a product to receive or adjust its stock, change its low-stock threshold or see its history.
      </p>
      <StockLevels key={`${attentionOnly}:${page}`} page={page} attentionOnly={attentionOnly} />
    </div>
  );
}
