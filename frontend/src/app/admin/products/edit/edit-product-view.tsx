'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { DeleteProductButton } from '@/components/admin/products/delete-product-button';
import { ImageUploader } from '@/components/admin/products/image-uploader';
import { ProductForm } from '@/components/admin/products/product-form';
import { ProductImages } from '@/components/admin/products/product-images';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { ApiError, getProduct, listCategories, type ProductDetail } from '@/lib/api';
import { updateProduct } from '@/lib/catalog-admin-api';
import { adminStockHref, parseProductId, productHref } from '@/lib/links';
import { type CategoryOption, categoryOptions, toProductDraft } from '@/lib/product-form';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

const SECTION = 'space-y-4 rounded-lg border border-slate-200 p-6';

function ProductNotFound() {
  return (
    <NotFoundState
      title="Product not found"
      message="There is no such product. It may have been deleted."
      href="/admin/products"
      linkLabel="Back to the products"
    />
  );
}

function ProductEditor({
  loaded,
  categories,
  justCreated,
}: {
  loaded: ProductDetail;
  categories: CategoryOption[];
  justCreated: boolean;
}) {
  const [product, setProduct] = useState(loaded);
  const [saved, setSaved] = useState(false);
  const [deleted, setDeleted] = useState(false);

  if (deleted) {
    return (
      <NotFoundState
        title={`${product.name} was deleted`}
        message="It no longer shows in the shop. Orders that name it keep it."
        href="/admin/products"
        linkLabel="Back to the products"
      />
    );
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-slate-900">{product.name}</h1>
          <p className="font-mono text-sm text-slate-500">
            {product.sku} · ID {product.id}
          </p>
        </div>
        <div className="flex gap-4 text-sm font-medium">
          <Link href={productHref(product.id)} className="text-brand-700 hover:underline">
            View in the shop
          </Link>
          <Link href={adminStockHref(product.id)} className="text-brand-700 hover:underline">
            Stock and history
          </Link>
        </div>
      </div>
      {justCreated && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          The product was created. Add an image below, then receive stock to put it on sale.
        </p>
      )}
      <section aria-labelledby="images-heading" className={SECTION}>
        <h2 id="images-heading" className="text-xl font-semibold text-slate-900">
          Images
        </h2>
        <ProductImages images={product.images} />
        <ImageUploader
          productId={product.id}
          defaultAlt={product.name}
          onAttached={(image) => setProduct((current) => ({ ...current, images: [...current.images, image] }))}
        />
      </section>
      <section aria-labelledby="details-heading" className={SECTION}>
        <h2 id="details-heading" className="text-xl font-semibold text-slate-900">
          Details
        </h2>
        <ProductForm
          initial={toProductDraft(product)}
          categories={categories}
          submitLabel="Save changes"
          onSave={async (input) => {
            setSaved(false);
            const updated = await authorized((token) => updateProduct(token, product.id, input));
            setProduct(updated);
            setSaved(true);
          }}
        />
        {saved && (
          <p role="status" className="text-sm text-green-800">
            The changes were saved.
          </p>
        )}
      </section>
      <section aria-labelledby="delete-heading" className={SECTION}>
        <h2 id="delete-heading" className="text-xl font-semibold text-slate-900">
          Delete
        </h2>
        <DeleteProductButton productId={product.id} productName={product.name} onDeleted={() => setDeleted(true)} />
      </section>
    </div>
  );
}

async function loadEditor(id: number, signal: AbortSignal) {
  const [product, tree] = await Promise.all([getProduct(id, signal), listCategories(signal)]);
  return { product, categories: categoryOptions(tree.categories) };
}

function ProductEditorLoader({ id, justCreated }: { id: number; justCreated: boolean }) {
  const editor = useAsync((signal) => loadEditor(id, signal), `admin-product:${id}`);
  if (editor.status === 'loading') {
    return <LoadingMessage label="Loading the product…" />;
  }
  if (editor.status === 'error') {
    if (editor.error instanceof ApiError && editor.error.isNotFound) {
      return <ProductNotFound />;
    }
    return <ErrorState title="The product could not be loaded." error={editor.error} onRetry={editor.retry} />;
  }
  return (
    <ProductEditor loaded={editor.data.product} categories={editor.data.categories} justCreated={justCreated} />
  );
}

export function EditProductView() {
  const searchParams = useSearchParams();
  const id = parseProductId(searchParams.get('id'));
  if (id === undefined) {
    return <ProductNotFound />;
  }
  return <ProductEditorLoader key={id} id={id} justCreated={searchParams.get('created') === '1'} />;
}
