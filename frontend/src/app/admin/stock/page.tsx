import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { StockView } from './stock-view';

export const metadata: Metadata = { title: 'Stock' };

export default function StockPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading stock levels…" />}>
      <StockView />
    </Suspense>
  );
}
