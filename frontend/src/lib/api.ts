/**
 * Typed client for the catalog API (api/catalog.yaml), and the request plumbing that the identity,
 * order and inventory clients share. The types are generated from the specs (src/lib/api-types/); the
 * front end is served from the same origin as the APIs, so every URL is relative.
 */
import type { components, operations } from './api-types/catalog';

type Schemas = components['schemas'];

const CATALOG_BASE = '/api/catalog';

export type ProductSort = Schemas['ProductSort'];
export type SearchSort = Schemas['SearchSort'];
export type StockStatus = Schemas['StockStatus'];
export type Money = Schemas['Money'];
export type Rating = Schemas['Rating'];
export type Stock = Schemas['Stock'];
export type CategoryRef = Schemas['CategoryRef'];
export type Category = Schemas['Category'];
export type CategoryTree = Schemas['CategoryTree'];
export type CategoryDetail = Schemas['CategoryDetail'];
export type ProductSummary = Schemas['ProductSummary'];
export type ProductPage = Schemas['ProductPage'];
export type Image = Schemas['Image'];
export type Review = Schemas['Review'];
export type ProductDetail = Schemas['ProductDetail'];
/** One field or parameter that the API refused, named as in the request (`email`, `shippingAddress.city`). */
export type ParameterError = Schemas['ParameterError'];
/**
 * RFC 9457 problem details, as every API error is sent (each spec declares the same); some problems
 * carry extra members. What a response carries is read as partial: a proxy's error is no problem document.
 */
export type Problem = Partial<Schemas['Problem']>;

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

/** A page of any list: the paging members every spec's `…Page` schema shares, around its items. */
export type Page<T> = Omit<ProductPage, 'items'> & { items: T[] };

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

export type ListProductsQuery = NonNullable<operations['listProducts']['parameters']['query']>;

export function listProducts(query: ListProductsQuery, signal?: AbortSignal): Promise<ProductPage> {
  return getJson(catalogUrl('/products', query), signal);
}

export type SearchProductsQuery = operations['searchProducts']['parameters']['query'];

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
