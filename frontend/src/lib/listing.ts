import type { ProductSort, SearchSort } from './api';

export const PAGE_SIZE = 20;

// The API accepts zero-based pages up to 10000.
const LAST_PAGE = 10001;

export interface SortOption<S extends string> {
  value: S;
  label: string;
}

export const PRODUCT_SORT_OPTIONS: readonly SortOption<ProductSort>[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'price_asc', label: 'Price: low to high' },
  { value: 'price_desc', label: 'Price: high to low' },
  { value: 'name_asc', label: 'Name: A to Z' },
  { value: 'name_desc', label: 'Name: Z to A' },
];

export const SEARCH_SORT_OPTIONS: readonly SortOption<SearchSort>[] = [
  { value: 'relevance', label: 'Best match' },
  ...PRODUCT_SORT_OPTIONS,
];

/** The page in the URL is one-based, for people; anything that is not a valid page means page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page') ?? '';
  if (!/^[1-9]\d{0,4}$/.test(raw)) {
    return 1;
  }
  return Math.min(Number(raw), LAST_PAGE);
}

/** The sort in the URL, or the first option when it is missing or not one of `options`. */
export function readSort<S extends string>(params: URLSearchParams, options: readonly SortOption<S>[]): S {
  const raw = params.get('sort');
  const [fallback] = options;
  if (!fallback) {
    throw new Error('readSort needs at least one sort option');
  }
  return options.find((option) => option.value === raw)?.value ?? fallback.value;
}

/** `pathname` with the current query changed: `undefined` removes a parameter. */
export function hrefWith(
  pathname: string,
  params: URLSearchParams,
  changes: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) {
      next.delete(name);
    } else {
      next.set(name, value);
    }
  }
  const search = next.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export type PageLink = number | 'gap';

/** The first, the last and the pages around the current one, with gaps where pages are left out. */
export function pageLinks(current: number, totalPages: number): PageLink[] {
  const shown = new Set([1, totalPages, current - 1, current, current + 1]);
  const pages = [...shown].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous > 1) {
      links.push(page - previous === 2 ? previous + 1 : 'gap');
    }
    links.push(page);
  });
  return links;
}
