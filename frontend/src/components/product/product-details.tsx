import type { ProductDetail } from '@/lib/api';
import { categoryHref } from '@/lib/links';
import { Breadcrumb } from '../breadcrumb';
import { AddToCart } from '../cart/add-to-cart';
import { Price } from './price';
import { ProductGallery } from './product-gallery';
import { RatingSummary } from './rating-summary';
import { RestockSignup } from './restock-signup';
import { ReviewList } from './review-list';
import { StockBadge } from './stock-badge';

export function ProductDetails({ product }: { product: ProductDetail }) {
  const categories = product.breadcrumb.map((crumb) => ({ label: crumb.name, href: categoryHref(crumb.slug) }));
  return (
    <article>
      <Breadcrumb trail={[{ label: 'Home', href: '/' }, ...categories]} current={product.name} />
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <ProductGallery images={product.images} productName={product.name} />
        <div className="flex flex-col gap-4">
          <h1 className="text-3xl font-bold text-slate-900">{product.name}</h1>
          <RatingSummary rating={product.rating} />
          <div className="flex flex-wrap items-center gap-3">
            <Price price={product.price} className="text-3xl font-bold text-slate-900" />
            <StockBadge stock={product.stock} />
          </div>
          <section aria-label="Buy" className="rounded-lg border border-slate-200 p-4">
            <AddToCart
              productId={product.id}
              productName={product.name}
              soldOut={product.stock.status === 'sold_out'}
            />
            {product.stock.status === 'sold_out' && (
              <div className="mt-4">
                <RestockSignup productId={product.id} />
              </div>
            )}
          </section>
          <p className="whitespace-pre-line leading-relaxed text-slate-700">{product.description}</p>
          <p className="text-xs text-slate-500">SKU {product.sku}</p>
        </div>
      </div>
      <section aria-labelledby="reviews-heading" className="mt-12">
        <h2 id="reviews-heading" className="text-2xl font-bold text-slate-900">
          Customer reviews
        </h2>
        <ReviewList reviews={product.reviews} />
      </section>
    </article>
  );
}
