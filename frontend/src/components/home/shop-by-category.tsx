'use client';

import { listCategories } from '@/lib/api';
import { useAsync } from '@/lib/use-async';
import { CategoryTiles } from '../category/category-tiles';
import { ErrorState } from '../feedback/error-state';
import { LoadingMessage } from '../feedback/loading';

function CategoryTilesBody() {
  const tree = useAsync(listCategories, 'categories');
  if (tree.status === 'loading') {
    return <LoadingMessage label="Loading categories…" />;
  }
  if (tree.status === 'error') {
    return <ErrorState title="The categories could not be loaded." error={tree.error} onRetry={tree.retry} />;
  }
  return <CategoryTiles categories={tree.data.categories} />;
}

export function ShopByCategory() {
  return (
    <section aria-labelledby="categories-heading" className="mt-12">
      <h2 id="categories-heading" className="mb-6 text-2xl font-bold text-slate-900">
        Shop by category
      </h2>
      <CategoryTilesBody />
    </section>
  );
}
