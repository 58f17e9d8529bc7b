import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { ProductView } from './product-view';

export const metadata: Metadata = { title: 'Product' };

export default function ProductPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading product…" />}>
      <ProductView />
    </Suspense>
  );
}
