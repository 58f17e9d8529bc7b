import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { OrdersView } from './orders-view';

export const metadata: Metadata = { title: 'Your orders' };

export default function OrdersPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading your orders…" />}>
      <OrdersView />
    </Suspense>
  );
}
