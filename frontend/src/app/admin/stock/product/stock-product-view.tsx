'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { StockStatusBadge } from '@/components/admin/stock-status-badge';
import { MovementTable } from '@/components/admin/stock/movement-table';
import { AdjustStockForm, ReceiveStockForm, ThresholdForm } from '@/components/admin/stock/stock-forms';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { Pagination } from '@/components/listing/pagination';
import { adminProductHref, adminStockHref, parseProductId } from '@/lib/links';
import { readPage } from '@/lib/listing';
import { loadProductNames, productLabel } from '@/lib/product-names';
import { authorized, useSession } from '@/lib/session';
import { getProductMovements, getStockLevel, type StockLevel } from '@/lib/stock-admin-api';
import { useAsync } from '@/lib/use-async';

const MOVEMENTS_PER_PAGE = 20;

function movementsHref(productId: number, page: number): string {
  return page > 1 ? `${adminStockHref(productId)}&page=${page}` : adminStockHref(productId);
}

/** `page` is one-based; `version` changes after every change of stock, so that the new entry shows. */
function Movements({ productId, page, version }: { productId: number; page: number; version: number }) {
  const session = useSession();
  const movements = useAsync(
    (signal) =>
      authorized((token) => getProductMovements(token, productId, { page: page - 1, size: MOVEMENTS_PER_PAGE }, signal)),
    `movements:${productId}:${page}:${version}`,
  );
  if (movements.status === 'loading') {
    return <LoadingMessage label="Loading the history…" />;
  }
  if (movements.status === 'error') {
    return <ErrorState title="The history could not be loaded." error={movements.error} onRetry={movements.retry} />;
  }
  if (movements.data.totalItems === 0) {
    return <p className="text-sm text-slate-600">Nothing has happened to this product’s stock yet.</p>;
  }
  const currentUserId = session.status === 'signed-in' ? session.session.account.id : '';
  return (
    <>
      <MovementTable movements={movements.data.items} currentUserId={currentUserId} />
      <Pagination
        page={page}
        totalPages={movements.data.totalPages}
        hrefForPage={(target) => movementsHref(productId, target)}
      />
    </>
  );
}

function StockFigures({ stock }: { stock: StockLevel }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      <div className="rounded-lg border border-slate-200 p-4">
        <dt className="text-sm text-slate-600">Available</dt>
        <dd data-testid="stock-available" className="mt-1 text-3xl font-bold text-slate-900">
          {stock.available}
        </dd>
      </div>
      <div className="rounded-lg border border-slate-200 p-4">
        <dt className="text-sm text-slate-600">Low stock at or below</dt>
        <dd data-testid="stock-threshold" className="mt-1 text-3xl font-bold text-slate-900">
          {stock.lowStockThreshold}
        </dd>
      </div>
      <div className="rounded-lg border border-slate-200 p-4">
        <dt className="text-sm text-slate-600">Status</dt>
        <dd className="mt-2">
          <StockStatusBadge status={stock.status} />
        </dd>
      </div>
    </dl>
  );
}

function ProductStock({
  productId,
  productName,
  loaded,
  page,
}: {
  productId: number;
  productName: string;
  loaded: StockLevel;
  page: number;
}) {
  const [stock, setStock] = useState(loaded);
  const [version, setVersion] = useState(0);

  function afterChange(changed: StockLevel) {
    setStock(changed);
    setVersion((current) => current + 1);
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/admin/stock" className="hover:underline">
              Stock
            </Link>{' '}
            › #{productId}
          </p>
          <h1 className="text-3xl font-bold text-slate-900">{productName}</h1>
        </div>
        <Link href={adminProductHref(productId)} className="text-sm font-medium text-brand-700 hover:underline">
          Edit the product
        </Link>
      </div>
      <StockFigures stock={stock} />
      <div className="grid gap-4 lg:grid-cols-3">
        <ReceiveStockForm productId={productId} onChanged={afterChange} />
        <AdjustStockForm productId={productId} onChanged={afterChange} />
        <ThresholdForm productId={productId} current={stock.lowStockThreshold} onChanged={afterChange} />
      </div>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold text-slate-900">
          History
        </h2>
        <Movements productId={productId} page={page} version={version} />
      </section>
    </div>
  );
}

async function loadProductStock(productId: number, signal: AbortSignal) {
  const [stock, names] = await Promise.all([getStockLevel(productId, signal), loadProductNames([productId], signal)]);
  return { stock, name: productLabel(names, productId) };
}

function ProductStockLoader({ productId, page }: { productId: number; page: number }) {
  const loaded = useAsync((signal) => loadProductStock(productId, signal), `product-stock:${productId}`);
  if (loaded.status === 'loading') {
    return <LoadingMessage label="Loading the stock…" />;
  }
  if (loaded.status === 'error') {
    return <ErrorState title="The stock could not be loaded." error={loaded.error} onRetry={loaded.retry} />;
  }
  return <ProductStock productId={productId} productName={loaded.data.name} loaded={loaded.data.stock} page={page} />;
}

export function StockProductView() {
  const searchParams = useSearchParams();
  const productId = parseProductId(searchParams.get('id'));
  if (productId === undefined) {
    return (
      <NotFoundState
        title="Product not found"
        message="This link names no product."
        href="/admin/stock"
        linkLabel="Back to the stock levels"
      />
    );
  }
  return <ProductStockLoader key={productId} productId={productId} page={readPage(searchParams)} />;
}
