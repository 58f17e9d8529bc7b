/**
 * The admin side of the catalog API (api/catalog.yaml, tag `catalog-admin`): products, categories and
 * product images. Every call needs an access token with the `admin` role.
 */
import { type CategoryDetail, type Image, type ProductDetail, requestJson } from './api';
import type { components } from './api-types/catalog';

type Schemas = components['schemas'];

const CATALOG_BASE = '/api/catalog';

export type ProductInput = Schemas['ProductInput'];
export type ImageContentType = Schemas['ImageContentType'];
export type ImageUploadRequest = Schemas['ImageUploadRequest'];
/** Where and how the browser uploads an image's bytes: a pre-signed URL, valid until `expiresAt`. */
export type ImageUpload = Schemas['ImageUpload'];
export type NewCategory = Schemas['NewCategory'];
export type CategoryChange = Schemas['CategoryChange'];

function productUrl(productId: number, rest = ''): string {
  return `${CATALOG_BASE}/products/${productId}${rest}`;
}

function categoryUrl(slug: string): string {
  return `${CATALOG_BASE}/categories/${encodeURIComponent(slug)}`;
}

export function createProduct(accessToken: string, product: ProductInput): Promise<ProductDetail> {
  return requestJson(`${CATALOG_BASE}/products`, { method: 'POST', body: product, accessToken });
}

export function updateProduct(accessToken: string, productId: number, product: ProductInput): Promise<ProductDetail> {
  return requestJson(productUrl(productId), { method: 'PUT', body: product, accessToken });
}

export function deleteProduct(accessToken: string, productId: number): Promise<void> {
  return requestJson(productUrl(productId), { method: 'DELETE', accessToken });
}

export function startImageUpload(
  accessToken: string,
  productId: number,
  request: ImageUploadRequest,
): Promise<ImageUpload> {
  return requestJson(productUrl(productId, '/image-uploads'), { method: 'POST', body: request, accessToken });
}

/** After the bytes are uploaded: the catalog checks them by content and adds the image to the product. */
export function attachProductImage(
  accessToken: string,
  productId: number,
  attachment: Schemas['ImageAttachment'],
): Promise<Image> {
  return requestJson(productUrl(productId, '/images'), { method: 'POST', body: attachment, accessToken });
}

export function createCategory(accessToken: string, category: NewCategory): Promise<CategoryDetail> {
  return requestJson(`${CATALOG_BASE}/categories`, { method: 'POST', body: category, accessToken });
}

export function updateCategory(accessToken: string, slug: string, change: CategoryChange): Promise<CategoryDetail> {
  return requestJson(categoryUrl(slug), { method: 'PUT', body: change, accessToken });
}

export function deleteCategory(accessToken: string, slug: string): Promise<void> {
  return requestJson(categoryUrl(slug), { method: 'DELETE', accessToken });
}
