'use client';

import { useRouter } from 'next/navigation';
import { ProductForm } from '@/components/admin/products/product-form';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { listCategories } from '@/lib/api';
import { createProduct } from '@/lib/catalog-admin-api';
import { adminProductHref } from '@/lib/links';
import { categoryOptions, EMPTY_PRODUCT } from '@/lib/product-form';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

/** The product's details first; its images are added on its own page, which it has once it exists. */
export function NewProductView() {
  const router = useRouter();
  const categories = useAsync(async (signal) => categoryOptions((await listCategories(signal)).categories), 'categories');

  function form() {
    if (categories.status === 'loading') {
      return <LoadingMessage label="Loading the categories…" />;
    }
    if (categories.status === 'error') {
      return (
        <ErrorState title="The categories could not be loaded." error={categories.error} onRetry={categories.retry} />
      );
    }
    return (
      <ProductForm
        initial={EMPTY_PRODUCT}
        categories={categories.data}
        submitLabel="Create product"
        onSave={async (input) => {
          const created = await authorized((token) => createProduct(token, input));
          router.push(`${adminProductHref(created.id)}&created=1`);
        }}
      />
    );
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-slate-900">New product</h1>
        <p className="mt-1 text-slate-600">
          Next you add its images. It goes on sale once stock is received; until then the shop shows it as sold out.
        </p>
      </div>
      {form()}
    </div>
  );
}
