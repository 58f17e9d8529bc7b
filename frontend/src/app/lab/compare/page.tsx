import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { CompareView } from './compare-view';

export const metadata: Metadata = { title: 'Compare traces · Observability Lab' };

export default function ComparePage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading…" />}>
      <CompareView />
    </Suspense>
  );
}
