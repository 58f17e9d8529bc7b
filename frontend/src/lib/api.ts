/**
 * Typed client for the catalog API (api/catalog.yaml). Types are written by hand from the spec;
 * the front end is served from the same origin as the API, so every URL is relative.
 */

const CATALOG_BASE = '/api/catalog';

export type ProductSort = 'newest' | 'price_asc' | 'price_desc' | 'name_asc' | 'name_desc';
export type SearchSort = 'relevance' | ProductSort;
export type StockStatus = 'in_stock' | 'low_stock' | 'sold_out' | 'unknown';

export interface Money {
  /** In the currency's smallest unit (yen have no minor unit). */
  amount: number;
  currency: 'JPY';
}

export interface Rating {
  /** 0 when there are no reviews. */
  average: number;
  count: number;
}

export interface Stock {
  status: StockStatus;
  /** Null when the status is unknown. */
  available?: number | null;
}

export interface CategoryRef {
  id: number;
  slug: string;
  name: string;
}

export interface Category extends CategoryRef {
  description: string;
  /** Products in this category and all of its sub-categories. */
  productCount: number;
  children: Category[];
}

export interface CategoryTree {
  categories: Category[];
}

export interface CategoryDetail extends CategoryRef {
  description: string;
  productCount: number;
  /** From the top-level category down to this one, inclusive. */
  breadcrumb: CategoryRef[];
  children: CategoryRef[];
}

export interface ProductSummary {
  id: number;
  sku: string;
  name: string;
  price: Money;
  imageUrl: string;
  category: CategoryRef;
  rating: Rating;
  stock: Stock;
}

export interface ProductPage {
  items: ProductSummary[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface Image {
  url: string;
  alt: string;
}

export interface Review {
  id: number;
  author: string;
  rating: number;
  title: string;
  body: string;
  createdAt: string;
}

export interface ProductDetail {
  id: number;
  sku: string;
  name: string;
  description: string;
  price: Money;
  category: CategoryRef;
  breadcrumb: CategoryRef[];
  images: Image[];
  rating: Rating;
  reviews: Review[];
  stock: Stock;
  createdAt: string;
}

/** RFC 9457 problem details, as every catalog error is sent. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly requestId?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  static async from(response: Response): Promise<ApiError> {
    const problem = await readProblem(response);
    return new ApiError(
      response.status,
      problem?.title ?? `Request failed with status ${response.status}`,
      problem?.detail,
      problem?.requestId,
    );
  }
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    return undefined;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

type QueryValue = string | number | boolean | undefined;

function catalogUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return `${CATALOG_BASE}${path}${search ? `?${search}` : ''}`;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    throw await ApiError.from(response);
  }
  return (await response.json()) as T;
}

// Query shapes are type aliases, not interfaces, so that they fit catalogUrl's Record parameter.
export type ListProductsQuery = {
  /** Zero-based. */
  page?: number;
  size?: number;
  sort?: ProductSort;
  category?: string;
  featured?: boolean;
};

export function listProducts(query: ListProductsQuery, signal?: AbortSignal): Promise<ProductPage> {
  return getJson(catalogUrl('/products', query), signal);
}

export type SearchProductsQuery = {
  q: string;
  /** Zero-based. */
  page?: number;
  size?: number;
  sort?: SearchSort;
};

export function searchProducts(query: SearchProductsQuery, signal?: AbortSignal): Promise<ProductPage> {
  return getJson(catalogUrl('/products/search', query), signal);
}

export function getProduct(id: number, signal?: AbortSignal): Promise<ProductDetail> {
  return getJson(catalogUrl(`/products/${id}`), signal);
}

export function listCategories(signal?: AbortSignal): Promise<CategoryTree> {
  return getJson(catalogUrl('/categories'), signal);
}

export function getCategory(slug: string, signal?: AbortSignal): Promise<CategoryDetail> {
  return getJson(catalogUrl(`/categories/${encodeURIComponent(slug)}`), signal);
}
