'use client';

import { useState } from 'react';
import { CategoryForm } from '@/components/admin/categories/category-form';
import { CategoryTree } from '@/components/admin/categories/category-tree';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { PRIMARY_BUTTON } from '@/components/forms/styles';
import { listCategories } from '@/lib/api';
import { createCategory } from '@/lib/catalog-admin-api';
import { EMPTY_CATEGORY, toNewCategory } from '@/lib/category-form';
import { categoryOptions } from '@/lib/product-form';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

export function CategoriesView() {
  const tree = useAsync((signal) => listCategories(signal), 'admin-categories');
  const [adding, setAdding] = useState(false);

  function content() {
    if (tree.status === 'loading') {
      return <LoadingMessage label="Loading the categories…" />;
    }
    if (tree.status === 'error') {
      return <ErrorState title="The categories could not be loaded." error={tree.error} onRetry={tree.retry} />;
    }
    const { categories } = tree.data;
    return (
      <>
        {adding ? (
          <section aria-labelledby="new-category-heading" className="rounded-lg border border-slate-200 p-6">
            <h2 id="new-category-heading" className="mb-4 text-xl font-semibold text-slate-900">
              New category
            </h2>
            <CategoryForm
              initial={EMPTY_CATEGORY}
              isNew
              parents={categoryOptions(categories)}
              submitLabel="Create category"
              onSave={async (draft) => {
                await authorized((token) => createCategory(token, toNewCategory(draft)));
                setAdding(false);
                tree.retry();
              }}
              onCancel={() => setAdding(false)}
            />
          </section>
        ) : (
          <button type="button" onClick={() => setAdding(true)} className={PRIMARY_BUTTON}>
            New category
          </button>
        )}
        {categories.length === 0 ? (
          <p className="text-slate-600">There are no categories yet.</p>
        ) : (
          <CategoryTree categories={categories} onChanged={tree.retry} />
        )}
      </>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-slate-900">Categories</h1>
      {content()}
    </div>
  );
}
