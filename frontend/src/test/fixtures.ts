import type { Category, CategoryDetail, ProductDetail, ProductPage, ProductSummary } from '@/lib/api';
import type { Address } from '@/lib/identity-api';
import type { Cart, CartLine, Order } from '@/lib/order-api';

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
    featured: false,
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

export function aCartLine(overrides: Partial<CartLine> = {}): CartLine {
  const line = {
    productId: 17,
    name: 'Studio Headphones',
    unitPrice: { amount: 12800, currency: 'JPY' as const },
    quantity: 1,
    addedAt: '2026-11-20T00:00:00Z',
    ...overrides,
  };
  return { lineTotal: { amount: line.unitPrice.amount * line.quantity, currency: 'JPY' }, ...line };
}

export function aCart(items: CartLine[]): Cart {
  return {
    items,
    itemCount: items.reduce((units, line) => units + line.quantity, 0),
    total: { amount: items.reduce((sum, line) => sum + line.lineTotal.amount, 0), currency: 'JPY' },
  };
}

export function anAddress(overrides: Partial<Address> = {}): Address {
  return {
    id: '3c9a3f4e-1b2c-4d5e-8f90-123456789abc',
    name: 'Aiko Tanaka',
    postalCode: '100-0001',
    prefecture: '東京都',
    city: '千代田区',
    line1: '千代田1-1',
    phone: '03-1234-5678',
    ...overrides,
  };
}

export const AN_ORDER_ID = '0b9f5a4c-8d7e-4f3a-9b2c-1d0e2f3a4b5c';

/** The saved address as an order carries it: the same fields without the address book's ID. */
export function aShippingAddress(): Order['shippingAddress'] {
  const { id: _id, ...shippingAddress } = anAddress();
  return shippingAddress;
}

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    orderId: AN_ORDER_ID,
    orderNumber: 'O11Y-20261123-4F7K2',
    status: 'placed',
    placedAt: '2026-11-23T01:30:00Z',
    items: [aCartLine({ quantity: 2 })],
    itemCount: 2,
    total: { amount: 25600, currency: 'JPY' },
    shippingAddress: aShippingAddress(),
    payment: { method: 'card', cardLast4: '4242', reference: 'pay_123' },
    ...overrides,
  };
}
