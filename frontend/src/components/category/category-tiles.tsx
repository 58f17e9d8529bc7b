import Link from 'next/link';
import type { Category } from '@/lib/api';
import { categoryHref } from '@/lib/links';

export function CategoryTiles({ categories }: { categories: Category[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {categories.map((category) => (
        <li key={category.id} className="flex">
          <Link
            href={categoryHref(category.slug)}
            data-testid="category-tile"
            className="flex w-full flex-col rounded-lg border border-slate-200 bg-gradient-to-br from-brand-50 to-white p-5 hover:border-brand-600 hover:shadow-md"
          >
            <h3 className="text-lg font-semibold text-slate-900">{category.name}</h3>
            <span className="mt-1 line-clamp-2 text-sm text-slate-600">{category.description}</span>
            <span className="mt-3 text-xs font-medium text-brand-700">
              {category.productCount === 1 ? '1 product' : `${category.productCount} products`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
