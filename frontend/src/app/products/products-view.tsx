'use client';

import { useSearchParams } from 'next/navigation';
import { ProductListing } from '@/components/listing/product-listing';
import { listProducts } from '@/lib/api';
import { PAGE_SIZE, PRODUCT_SORT_OPTIONS, readPage, readSort } from '@/lib/listing';
import { useAsync } from '@/lib/use-async';

export function ProductsView() {
  const searchParams = useSearchParams();
  const page = readPage(searchParams);
  const sort = readSort(searchParams, PRODUCT_SORT_OPTIONS);
  const result = useAsync(
    (signal) => listProducts({ page: page - 1, size: PAGE_SIZE, sort }, signal),
    `products:${page}:${sort}`,
  );
  return (
    <ProductListing
      result={result}
      page={page}
      sort={sort}
      sortOptions={PRODUCT_SORT_OPTIONS}
      empty={<p className="text-slate-600">There are no products in the shop yet.</p>}
    />
  );
}
