import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { TraceView } from './trace-view';

export const metadata: Metadata = { title: 'Trace · Observability Lab' };

export default function TracePage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading the trace…" />}>
      <TraceView />
    </Suspense>
  );
}
