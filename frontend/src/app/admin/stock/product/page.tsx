import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { StockProductView } from './stock-product-view';

export const metadata: Metadata = { title: 'Product stock' };

export default function StockProductPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading the stock…" />}>
      <StockProductView />
    </Suspense>
  );
}
