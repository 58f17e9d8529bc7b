import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { OrderCompleteView } from './order-complete-view';

export const metadata: Metadata = { title: 'Thank you for your order' };

export default function OrderCompletePage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading your order…" />}>
      <OrderCompleteView />
    </Suspense>
  );
}
