'use client';

import { useSearchParams } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { SubcategoryLinks } from '@/components/category/subcategory-links';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { ProductListing } from '@/components/listing/product-listing';
import { ApiError, type ProductSort, getCategory, listProducts } from '@/lib/api';
import { categoryHref } from '@/lib/links';
import { PAGE_SIZE, PRODUCT_SORT_OPTIONS, readPage, readSort } from '@/lib/listing';
import { useAsync } from '@/lib/use-async';

// The API's slug pattern: anything else cannot name a category, so it is not even asked for.
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function CategoryNotFound() {
  return (
    <NotFoundState
      title="Category not found"
      message="This category does not exist. It may have been renamed or removed."
      href="/products"
      linkLabel="Browse all products"
    />
  );
}

function CategoryContent({ slug, page, sort }: { slug: string; page: number; sort: ProductSort }) {
  const category = useAsync((signal) => getCategory(slug, signal), `category:${slug}`);
  const products = useAsync(
    (signal) => listProducts({ category: slug, page: page - 1, size: PAGE_SIZE, sort }, signal),
    `category-products:${slug}:${page}:${sort}`,
  );

  if (category.status === 'loading') {
    return <LoadingMessage label="Loading category…" />;
  }
  if (category.status === 'error') {
    if (category.error instanceof ApiError && category.error.isNotFound) {
      return <CategoryNotFound />;
    }
    return <ErrorState title="The category could not be loaded." error={category.error} onRetry={category.retry} />;
  }

  const { name, description, breadcrumb, children } = category.data;
  const parents = breadcrumb.slice(0, -1).map((crumb) => ({ label: crumb.name, href: categoryHref(crumb.slug) }));
  return (
    <>
      <Breadcrumb trail={[{ label: 'Home', href: '/' }, ...parents]} current={name} />
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{name}</h1>
      {description && <p className="mt-2 max-w-3xl text-slate-600">{description}</p>}
      <SubcategoryLinks subcategories={children} />
      <ProductListing
        result={products}
        page={page}
        sort={sort}
        sortOptions={PRODUCT_SORT_OPTIONS}
        empty={<p className="text-slate-600">There are no products in this category yet.</p>}
      />
    </>
  );
}

export function CategoryView() {
  const searchParams = useSearchParams();
  const slug = searchParams.get('slug') ?? '';
  if (!SLUG_PATTERN.test(slug)) {
    return <CategoryNotFound />;
  }
  return (
    <CategoryContent
      slug={slug}
      page={readPage(searchParams)}
      sort={readSort(searchParams, PRODUCT_SORT_OPTIONS)}
    />
  );
}
