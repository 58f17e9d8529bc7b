import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ProductGridSkeleton } from '@/components/feedback/loading';
import { SearchView } from './search-view';

export const metadata: Metadata = { title: 'Search' };

export default function SearchPage() {
  return (
    <Suspense fallback={<ProductGridSkeleton label="Searching…" />}>
      <SearchView />
    </Suspense>
  );
}
