import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { OrderView } from './order-view';

export const metadata: Metadata = { title: 'Order' };

export default function OrderPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading your order…" />}>
      <OrderView />
    </Suspense>
  );
}
