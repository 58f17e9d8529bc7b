'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ProductTable } from '@/components/admin/products/product-table';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { INPUT, PRIMARY_BUTTON } from '@/components/forms/styles';
import { Pagination } from '@/components/listing/pagination';
import { listProducts, searchProducts } from '@/lib/api';
import { hrefWith, PAGE_SIZE, readPage } from '@/lib/listing';
import { MAX_QUERY_LENGTH, searchQueryProblem } from '@/lib/search';
import { useAsync } from '@/lib/use-async';

const PRODUCTS_PATH = '/admin/products';

function productsHref(query: string): string {
  return query ? `${PRODUCTS_PATH}?q=${encodeURIComponent(query)}` : PRODUCTS_PATH;
}

function ProductSearch({ initialQuery }: { initialQuery: string }) {
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  const [problem, setProblem] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = query.trim();
    const found = trimmed ? searchQueryProblem(trimmed) : undefined;
    setProblem(found);
    if (!found) {
      router.push(productsHref(trimmed));
    }
  }

  return (
    <form role="search" onSubmit={handleSubmit} noValidate className="flex max-w-xl flex-wrap items-start gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="admin-product-search" className="sr-only">
          Search products
        </label>
        <input
          id="admin-product-search"
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Name or description"
          onChange={(event) => setQuery(event.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? 'admin-product-search-problem' : undefined}
          className={`${INPUT} mt-0`}
        />
        {problem && (
          <p id="admin-product-search-problem" className="mt-1 text-sm text-red-700">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" className={PRIMARY_BUTTON}>
        Search
      </button>
    </form>
  );
}

/** `page` is one-based, as in the URL; without a query, the newest products come first. */
function ProductResults({ query, page }: { query: string; page: number }) {
  const searchParams = useSearchParams();
  const [deleted, setDeleted] = useState<string>();
  const products = useAsync(
    (signal) =>
      query
        ? searchProducts({ q: query, page: page - 1, size: PAGE_SIZE }, signal)
        : listProducts({ page: page - 1, size: PAGE_SIZE, sort: 'newest' }, signal),
    `admin-products:${query}:${page}`,
  );

  function results() {
    if (products.status === 'loading') {
      return <LoadingMessage label="Loading products…" />;
    }
    if (products.status === 'error') {
      return <ErrorState title="The products could not be loaded." error={products.error} onRetry={products.retry} />;
    }
    const { items, totalItems, totalPages } = products.data;
    return (
      <>
        <p className="text-sm text-slate-600">
          {totalItems === 1 ? '1 product' : `${totalItems} products`}
          {query && ` match “${query}”`}
        </p>
        {items.length > 0 ? (
          <ProductTable
            products={items}
            onDeleted={(product) => {
              setDeleted(product.name);
              products.retry();
            }}
          />
        ) : (
          <p className="text-slate-600">{query ? 'No product matches.' : 'There are no products yet.'}</p>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          hrefForPage={(target) =>
            hrefWith(PRODUCTS_PATH, searchParams, { page: target === 1 ? undefined : String(target) })
          }
        />
      </>
    );
  }

  return (
    <div className="space-y-4">
      {deleted && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          {deleted} was deleted.
        </p>
      )}
      {results()}
    </div>
  );
}

export function AdminProductsView() {
  const searchParams = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const page = readPage(searchParams);
  const problem = query ? searchQueryProblem(query) : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-slate-900">Products</h1>
        <Link href="/admin/products/new" className={PRIMARY_BUTTON}>
          New product
        </Link>
      </div>
      {/* Keyed by the query, so that the box shows the search of the page after back and forward. */}
      <ProductSearch key={query} initialQuery={query} />
      {query && (
        <Link href={PRODUCTS_PATH} className="text-sm font-medium text-brand-700 hover:underline">
          Show all products
        </Link>
      )}
      {problem ? (
        <p role="alert" className="text-red-700">
          {problem}
        </p>
      ) : (
        <ProductResults key={`${query}:${page}`} query={query} page={page} />
      )}
    </div>
  );
}
