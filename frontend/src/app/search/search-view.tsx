'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ProductListing } from '@/components/listing/product-listing';
import { type SearchSort, searchProducts } from '@/lib/api';
import { PAGE_SIZE, SEARCH_SORT_OPTIONS, readPage, readSort } from '@/lib/listing';
import { searchQueryProblem } from '@/lib/search';
import { useAsync } from '@/lib/use-async';

function SearchResults({ query, page, sort }: { query: string; page: number; sort: SearchSort }) {
  const result = useAsync(
    (signal) => searchProducts({ q: query, page: page - 1, size: PAGE_SIZE, sort }, signal),
    `search:${query}:${page}:${sort}`,
  );
  return (
    <ProductListing
      result={result}
      page={page}
      sort={sort}
      sortOptions={SEARCH_SORT_OPTIONS}
      empty={
        <p data-testid="no-results" className="text-slate-600">
          No results for “{query}”. Try another word, or{' '}
          <Link href="/products" className="text-brand-700 underline">
            browse all products
          </Link>
          .
        </p>
      }
    />
  );
}

export function SearchView() {
  const searchParams = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const problem = searchQueryProblem(query);

  if (problem) {
    return (
      <>
        <h1 className="text-3xl font-bold text-slate-900">Search</h1>
        <p role="alert" className="mt-4 text-red-700">
          {problem}
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-slate-900">Results for “{query}”</h1>
      <SearchResults query={query} page={readPage(searchParams)} sort={readSort(searchParams, SEARCH_SORT_OPTIONS)} />
    </>
  );
}
