import Link from 'next/link';
import type { CategoryRef } from '@/lib/api';
import { categoryHref } from '@/lib/links';

export function SubcategoryLinks({ subcategories }: { subcategories: CategoryRef[] }) {
  if (subcategories.length === 0) {
    return null;
  }
  return (
    <nav aria-label="Sub-categories" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {subcategories.map((subcategory) => (
          <li key={subcategory.id}>
            <Link
              href={categoryHref(subcategory.slug)}
              className="inline-block rounded-full border border-slate-300 bg-white px-4 py-1.5 text-sm hover:border-brand-600 hover:text-brand-700"
            >
              {subcategory.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
