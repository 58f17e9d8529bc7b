import Link from 'next/link';
import type { ProductSummary } from '@/lib/api';
import { productHref } from '@/lib/links';
import { Price } from './price';
import { RatingSummary } from './rating-summary';
import { StockBadge } from './stock-badge';

export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article
      data-testid="product-card"
      className="group relative flex w-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white transition-shadow focus-within:shadow-md hover:shadow-md"
    >
      <img
        src={product.imageUrl}
        alt={product.name}
        width={400}
        height={400}
        loading="lazy"
        className="aspect-square w-full bg-slate-50 object-contain"
      />
      <div className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <p className="text-xs uppercase tracking-wide text-slate-500">{product.category.name}</p>
        <h3 className="font-semibold text-slate-900">
          {/* The link's ::after covers the card, so the whole card is one click target and one tab stop. */}
          <Link href={productHref(product.id)} className="after:absolute after:inset-0 group-hover:text-brand-700">
            {product.name}
          </Link>
        </h3>
        <RatingSummary rating={product.rating} />
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2">
          <Price price={product.price} className="text-lg font-bold text-slate-900" />
          <StockBadge stock={product.stock} />
        </div>
      </div>
    </article>
  );
}
