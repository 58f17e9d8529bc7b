import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ProductGridSkeleton } from '@/components/feedback/loading';
import { ProductsView } from './products-view';

export const metadata: Metadata = { title: 'All products' };

export default function ProductsPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-slate-900">All products</h1>
      <Suspense fallback={<ProductGridSkeleton />}>
        <ProductsView />
      </Suspense>
    </>
  );
}
