'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { type ReactNode, useId } from 'react';
import type { ProductPage } from '@/lib/api';
import { hrefWith, type SortOption } from '@/lib/listing';
import type { AsyncState } from '@/lib/use-async';
import { ErrorState } from '../feedback/error-state';
import { ProductGridSkeleton } from '../feedback/loading';
import { ProductGrid } from '../product/product-grid';
import { Pagination } from './pagination';
import { SortSelect } from './sort-select';

type ProductPageResult = AsyncState<ProductPage> & { retry: () => void };

function countLabel(totalItems: number): string {
  return totalItems === 1 ? '1 product' : `${totalItems} products`;
}

function ListingBody({
  result,
  page,
  hrefForPage,
  empty,
}: {
  result: ProductPageResult;
  page: number;
  hrefForPage: (page: number) => string;
  empty: ReactNode;
}) {
  if (result.status === 'loading') {
    return <ProductGridSkeleton />;
  }
  if (result.status === 'error') {
    return <ErrorState title="The products could not be loaded." error={result.error} onRetry={result.retry} />;
  }
  const { items, totalPages } = result.data;
  if (items.length > 0) {
    return (
      <>
        <ProductGrid products={items} />
        <Pagination page={page} totalPages={totalPages} hrefForPage={hrefForPage} />
      </>
    );
  }
  if (page === 1) {
    return empty;
  }
  return (
    <p className="text-slate-600">
      This page is past the last one.{' '}
      <Link href={hrefForPage(1)} className="text-brand-700 underline">
        Go to the first page
      </Link>
    </p>
  );
}

/** A sortable, paged grid of products; `page` is one-based, as in the URL. */
export function ProductListing<S extends string>({
  result,
  page,
  sort,
  sortOptions,
  empty,
}: {
  result: ProductPageResult;
  page: number;
  sort: S;
  sortOptions: readonly SortOption<S>[];
  empty: ReactNode;
}) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const headingId = useId();
  const hrefForPage = (target: number) =>
    hrefWith(pathname, searchParams, { page: target === 1 ? undefined : String(target) });

  return (
    <section aria-labelledby={headingId} className="mt-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {result.status === 'success' ? countLabel(result.data.totalItems) : 'Products'}
        </h2>
        <SortSelect options={sortOptions} value={sort} />
      </div>
      <ListingBody result={result} page={page} hrefForPage={hrefForPage} empty={empty} />
    </section>
  );
}
