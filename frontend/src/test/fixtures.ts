import type { Category, CategoryDetail, ProductDetail, ProductPage, ProductSummary } from '@/lib/api';

export function aProduct(overrides: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id: 17,
    sku: 'ELC-017',
    name: 'Studio Headphones',
    price: { amount: 12800, currency: 'JPY' },
    imageUrl: '/api/catalog/images/products/ELC-017.svg',
    category: { id: 3, slug: 'headphones', name: 'Headphones' },
    rating: { average: 4.25, count: 12 },
    stock: { status: 'in_stock', available: 40 },
    ...overrides,
  };
}

export function aProductPage(items: ProductSummary[], overrides: Partial<ProductPage> = {}): ProductPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1, ...overrides };
}

export function aProductDetail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: 17,
    sku: 'ELC-017',
    name: 'Studio Headphones',
    description: 'Closed-back headphones for long mixing sessions.',
    price: { amount: 12800, currency: 'JPY' },
    category: { id: 3, slug: 'headphones', name: 'Headphones' },
    breadcrumb: [
      { id: 1, slug: 'audio', name: 'Audio' },
      { id: 3, slug: 'headphones', name: 'Headphones' },
    ],
    images: [
      { url: '/api/catalog/images/products/ELC-017.svg', alt: 'Studio Headphones, front view' },
      { url: '/api/catalog/images/products/ELC-017-side.svg', alt: 'Studio Headphones, side view' },
    ],
    rating: { average: 4.5, count: 2 },
    reviews: [
      {
        id: 1,
        author: 'Aiko',
        rating: 5,
        title: 'Great for mixing',
        body: 'Flat and honest sound.',
        createdAt: '2026-03-01T10:00:00Z',
      },
      {
        id: 2,
        author: 'Ken',
        rating: 4,
        title: 'Comfortable',
        body: 'A little heavy.',
        createdAt: '2026-03-05T10:00:00Z',
      },
    ],
    stock: { status: 'low_stock', available: 3 },
    createdAt: '2026-01-10T00:00:00Z',
    ...overrides,
  };
}

export function aCategory(overrides: Partial<Category> = {}): Category {
  return { id: 1, slug: 'audio', name: 'Audio', description: 'Hear it all.', productCount: 12, children: [], ...overrides };
}

export function aCategoryDetail(overrides: Partial<CategoryDetail> = {}): CategoryDetail {
  return {
    id: 1,
    slug: 'audio',
    name: 'Audio',
    description: 'Hear it all.',
    productCount: 12,
    breadcrumb: [{ id: 1, slug: 'audio', name: 'Audio' }],
    children: [
      { id: 3, slug: 'headphones', name: 'Headphones' },
      { id: 4, slug: 'speakers', name: 'Speakers' },
    ],
    ...overrides,
  };
}
