/**
 * Typed client for the catalog API (api/catalog.yaml), and the request plumbing that the identity,
 * order and inventory clients share. Types are written by hand from the specs; the front end is
 * served from the same origin as the APIs, so every URL is relative.
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

export type ProductPage = Page<ProductSummary>;

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
  /** Shown on the home page. */
  featured: boolean;
  createdAt: string;
}

/** One field or parameter that the API refused, named as in the request (`email`, `shippingAddress.city`). */
export interface ParameterError {
  parameter: string;
  message: string;
}

/** RFC 9457 problem details, as every API error is sent; some problems carry extra members. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
  errors?: ParameterError[];
}

const PROBLEM_TYPE_PREFIX = 'urn:o11y-shop:problem:';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly requestId?: string,
    readonly problem: Problem = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Whether the problem's `type` is `urn:o11y-shop:problem:<kind>`, e.g. `isProblem('price-changed')`. */
  isProblem(kind: string): boolean {
    return this.problem.type === `${PROBLEM_TYPE_PREFIX}${kind}`;
  }

  get fieldErrors(): ParameterError[] {
    return this.problem.errors ?? [];
  }

  static async from(response: Response): Promise<ApiError> {
    const problem = await readProblem(response);
    return new ApiError(
      response.status,
      problem?.title ?? `Request failed with status ${response.status}`,
      problem?.detail,
      problem?.requestId,
      problem,
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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `Authorization: Bearer …` for the operations that need a signed-in user. */
  accessToken?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends a request and answers its JSON body (undefined for 204), or throws an ApiError. */
export async function requestJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.accessToken) {
    headers.Authorization = `Bearer ${options.accessToken}`;
  }
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    throw await ApiError.from(response);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export interface Page<T> {
  items: T[];
  /** Zero-based. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
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

function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson(url, { signal });
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
