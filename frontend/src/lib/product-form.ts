/**
 * The admin's product form: what is typed, how it is checked (as api/catalog.yaml `ProductInput`
 * checks it) and what is sent.
 */
import type { Category, ProductDetail } from './api';
import type { ProductInput } from './catalog-admin-api';
import { type FieldErrors, textProblem } from './validation';

/** Named as the API names them, so that its `errors[].parameter` land on the right field. */
export const PRODUCT_FIELDS = ['sku', 'name', 'description', 'priceJpy', 'categoryId'] as const;

export type ProductField = (typeof PRODUCT_FIELDS)[number];

export interface ProductDraft {
  sku: string;
  name: string;
  description: string;
  /** As typed: digits, perhaps with thousands separators. */
  priceJpy: string;
  /** A category ID, or empty while none is chosen. */
  categoryId: string;
  featured: boolean;
}

export const EMPTY_PRODUCT: ProductDraft = {
  sku: '',
  name: '',
  description: '',
  priceJpy: '',
  categoryId: '',
  featured: false,
};

export const MAX_PRICE_JPY = 100_000_000;
const SKU_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const DESCRIPTION_MAX_LENGTH = 5000;

export function toProductDraft(product: ProductDetail): ProductDraft {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    priceJpy: String(product.price.amount),
    categoryId: String(product.category.id),
    featured: product.featured,
  };
}

/** SKUs are upper case; typing them in lower case is not worth an error. */
function normalSku(sku: string): string {
  return sku.trim().toUpperCase();
}

function priceDigits(price: string): string {
  return price.trim().replace(/,/g, '');
}

function skuProblem(sku: string): string | undefined {
  if (!sku) {
    return 'Enter a SKU.';
  }
  if (sku.length < 3 || sku.length > 40 || !SKU_PATTERN.test(sku)) {
    return 'Use 3–40 letters and digits, in groups joined by single dashes (like ELC-017).';
  }
  return undefined;
}

function descriptionProblem(description: string): string | undefined {
  if (!description.trim()) {
    return 'Enter a description.';
  }
  return description.length > DESCRIPTION_MAX_LENGTH ? `Use at most ${DESCRIPTION_MAX_LENGTH} characters.` : undefined;
}

function priceProblem(price: string): string | undefined {
  const digits = priceDigits(price);
  if (!digits) {
    return 'Enter a price in yen.';
  }
  if (!/^\d+$/.test(digits)) {
    return 'Enter whole yen, digits only.';
  }
  if (Number(digits) < 1) {
    return 'A product costs at least ¥1.';
  }
  return Number(digits) > MAX_PRICE_JPY ? 'Use at most ¥100,000,000.' : undefined;
}

export function productProblems(draft: ProductDraft): FieldErrors<ProductField> {
  return {
    sku: skuProblem(normalSku(draft.sku)),
    name: textProblem(draft.name, 'a name', 200),
    description: descriptionProblem(draft.description),
    priceJpy: priceProblem(draft.priceJpy),
    categoryId: draft.categoryId ? undefined : 'Choose a category.',
  };
}

/** Only for a draft that `productProblems` passed. */
export function toProductInput(draft: ProductDraft): ProductInput {
  return {
    sku: normalSku(draft.sku),
    name: draft.name.trim(),
    description: draft.description.trim(),
    priceJpy: Number(priceDigits(draft.priceJpy)),
    categoryId: Number(draft.categoryId),
    featured: draft.featured,
  };
}

export interface CategoryOption {
  id: number;
  slug: string;
  /** The path from the top, e.g. `Audio › Headphones`, so that two sub-categories of one name differ. */
  label: string;
}

/** Every category of the tree, parents before their children, for a select. */
export function categoryOptions(categories: Category[], parentLabel?: string): CategoryOption[] {
  return categories.flatMap((category) => {
    const label = parentLabel ? `${parentLabel} › ${category.name}` : category.name;
    return [{ id: category.id, slug: category.slug, label }, ...categoryOptions(category.children, label)];
  });
}
