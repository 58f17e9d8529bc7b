import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { AdminProductsView } from './products-view';

export const metadata: Metadata = { title: 'Products' };

export default function AdminProductsPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading products…" />}>
      <AdminProductsView />
    </Suspense>
  );
}
