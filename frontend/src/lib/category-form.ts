/**
 * The admin's category form, checked as api/catalog.yaml `NewCategory` and `CategoryChange` check it.
 */
import type { Category } from './api';
import type { CategoryChange, NewCategory } from './catalog-admin-api';
import { parseWholeNumber } from './stock-forms';
import { type FieldErrors, textProblem } from './validation';

export const CATEGORY_FIELDS = ['slug', 'name', 'description', 'parentSlug', 'sortOrder'] as const;

export type CategoryField = (typeof CATEGORY_FIELDS)[number];

export interface CategoryDraft {
  slug: string;
  name: string;
  description: string;
  /** Empty for a top-level category. */
  parentSlug: string;
  sortOrder: string;
}

export const EMPTY_CATEGORY: CategoryDraft = { slug: '', name: '', description: '', parentSlug: '', sortOrder: '0' };

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SORT_ORDER = 10_000;

export function toCategoryDraft(category: Category, parentSlug: string | undefined): CategoryDraft {
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    parentSlug: parentSlug ?? '',
    sortOrder: '0',
  };
}

function slugProblem(slug: string): string | undefined {
  if (!slug) {
    return 'Enter a slug.';
  }
  return slug.length > 80 || !SLUG_PATTERN.test(slug)
    ? 'Use lower-case letters and digits in groups joined by single dashes (like home-audio).'
    : undefined;
}

/** `isNew`: the slug is only chosen once; an existing category keeps its own. */
export function categoryProblems(draft: CategoryDraft, isNew: boolean): FieldErrors<CategoryField> {
  const sortOrder = parseWholeNumber(draft.sortOrder);
  return {
    slug: isNew ? slugProblem(draft.slug.trim()) : undefined,
    name: textProblem(draft.name, 'a name', 120),
    description: draft.description.length > 1000 ? 'Use at most 1000 characters.' : undefined,
    sortOrder:
      sortOrder === undefined || sortOrder < 0 || sortOrder > MAX_SORT_ORDER
        ? `Enter 0 to ${MAX_SORT_ORDER.toLocaleString('en')}.`
        : undefined,
  };
}

/** Only for a draft that `categoryProblems` passed. */
export function toCategoryChange(draft: CategoryDraft): CategoryChange {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    parentSlug: draft.parentSlug || null,
    sortOrder: Number(parseWholeNumber(draft.sortOrder)),
  };
}

export function toNewCategory(draft: CategoryDraft): NewCategory {
  return { slug: draft.slug.trim(), ...toCategoryChange(draft) };
}

/** The slugs of `category` and everything under it: a category cannot move under any of them. */
export function slugsWithin(category: Category): Set<string> {
  return new Set([category.slug, ...category.children.flatMap((child) => [...slugsWithin(child)])]);
}

/** The slug of the category's parent in the tree, or undefined for a top-level one. */
export function parentSlugOf(categories: Category[], slug: string, parent?: string): string | undefined {
  for (const category of categories) {
    if (category.slug === slug) {
      return parent;
    }
    const found = parentSlugOf(category.children, slug, category.slug);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}
