import { describe, expect, it } from 'vitest';
import { PRODUCT_SORT_OPTIONS, SEARCH_SORT_OPTIONS, hrefWith, pageLinks, readPage, readSort } from './listing';

describe('readPage', () => {
  it.each([
    ['page=3', 3],
    ['', 1],
    ['page=0', 1],
    ['page=-2', 1],
    ['page=abc', 1],
    ['page=2.5', 1],
    ['page=99999', 10001],
  ])('reads "%s" as page %i', (query, page) => {
    expect(readPage(new URLSearchParams(query))).toBe(page);
  });
});

describe('readSort', () => {
  it('reads a known sort', () => {
    expect(readSort(new URLSearchParams('sort=price_desc'), PRODUCT_SORT_OPTIONS)).toBe('price_desc');
  });

  it('falls back to the first option for a missing or unknown sort', () => {
    expect(readSort(new URLSearchParams(''), PRODUCT_SORT_OPTIONS)).toBe('newest');
    expect(readSort(new URLSearchParams('sort=relevance'), PRODUCT_SORT_OPTIONS)).toBe('newest');
    expect(readSort(new URLSearchParams('sort=bogus'), SEARCH_SORT_OPTIONS)).toBe('relevance');
  });
});

describe('hrefWith', () => {
  it('changes and removes parameters and keeps the others', () => {
    const params = new URLSearchParams('slug=audio&page=3&sort=newest');

    expect(hrefWith('/category', params, { sort: 'price_asc', page: undefined })).toBe(
      '/category?slug=audio&sort=price_asc',
    );
  });

  it('leaves no question mark when no parameter is left', () => {
    expect(hrefWith('/products', new URLSearchParams('page=2'), { page: undefined })).toBe('/products');
  });
});

describe('pageLinks', () => {
  it('lists every page when there are few', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
  });

  it('keeps first, last and neighbours, with gaps between', () => {
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageLinks(4, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
