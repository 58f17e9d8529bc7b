'use client';

import { useSearchParams } from 'next/navigation';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { ProductDetails } from '@/components/product/product-details';
import { ApiError, getProduct } from '@/lib/api';
import { parseProductId } from '@/lib/links';
import { useAsync } from '@/lib/use-async';

function ProductNotFound() {
  return (
    <NotFoundState
      title="Product not found"
      message="We could not find this product. It may have been removed, or the link may be wrong."
      href="/products"
      linkLabel="Browse all products"
    />
  );
}

function ProductLoader({ id }: { id: number }) {
  const product = useAsync((signal) => getProduct(id, signal), `product:${id}`);
  if (product.status === 'loading') {
    return <LoadingMessage label="Loading product…" />;
  }
  if (product.status === 'error') {
    if (product.error instanceof ApiError && product.error.isNotFound) {
      return <ProductNotFound />;
    }
    return <ErrorState title="The product could not be loaded." error={product.error} onRetry={product.retry} />;
  }
  return <ProductDetails product={product.data} />;
}

export function ProductView() {
  const id = parseProductId(useSearchParams().get('id'));
  return id === undefined ? <ProductNotFound /> : <ProductLoader id={id} />;
}
