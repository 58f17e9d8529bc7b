import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { CategoryView } from './category-view';

export const metadata: Metadata = { title: 'Category' };

export default function CategoryPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading category…" />}>
      <CategoryView />
    </Suspense>
  );
}
