import type { ProductSummary } from '@/lib/api';
import { ProductCard } from './product-card';

export const PRODUCT_GRID_CLASSES = 'grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4';

export function ProductGrid({ products }: { products: ProductSummary[] }) {
  return (
    <ul className={PRODUCT_GRID_CLASSES}>
      {products.map((product) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
