import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { EditProductView } from './edit-product-view';

export const metadata: Metadata = { title: 'Edit product' };

export default function EditProductPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading the product…" />}>
      <EditProductView />
    </Suspense>
  );
}
