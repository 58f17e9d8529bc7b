import { ApiError, getProduct } from './api';

/**
 * The catalog names of the products that inventory lists by ID only. Inventory tracks products the
 * catalog has since deleted, so a 404 leaves a product without a name instead of failing the list.
 * One request per product: the admin's lists are short pages, and the catalog has no batch read.
 */
export async function loadProductNames(productIds: number[], signal?: AbortSignal): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  await Promise.all(
    [...new Set(productIds)].map(async (id) => {
      try {
        names.set(id, (await getProduct(id, signal)).name);
      } catch (error) {
        if (!(error instanceof ApiError && error.isNotFound)) {
          throw error;
        }
      }
    }),
  );
  return names;
}

/** How a product is named in the admin's lists: by its catalog name, or by ID once the catalog has none. */
export function productLabel(names: Map<number, string>, productId: number): string {
  return names.get(productId) ?? `Product #${productId} (not in the catalog)`;
}
