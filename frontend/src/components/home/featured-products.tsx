'use client';

import { listProducts } from '@/lib/api';
import { useAsync } from '@/lib/use-async';
import { ErrorState } from '../feedback/error-state';
import { ProductGridSkeleton } from '../feedback/loading';
import { ProductGrid } from '../product/product-grid';

const FEATURED_COUNT = 8;

function FeaturedProductsBody() {
  const featured = useAsync((signal) => listProducts({ featured: true, size: FEATURED_COUNT }, signal), 'featured');
  if (featured.status === 'loading') {
    return <ProductGridSkeleton count={FEATURED_COUNT} label="Loading featured products…" />;
  }
  if (featured.status === 'error') {
    return (
      <ErrorState title="The featured products could not be loaded." error={featured.error} onRetry={featured.retry} />
    );
  }
  if (featured.data.items.length === 0) {
    return <p className="text-slate-600">No featured products right now.</p>;
  }
  return <ProductGrid products={featured.data.items} />;
}

export function FeaturedProducts() {
  return (
    <section aria-labelledby="featured-heading" className="mt-12">
      <h2 id="featured-heading" className="mb-6 text-2xl font-bold text-slate-900">
        Featured products
      </h2>
      <FeaturedProductsBody />
    </section>
  );
}
