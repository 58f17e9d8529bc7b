'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ApiError, type Category } from '@/lib/api';
import { deleteCategory, updateCategory } from '@/lib/catalog-admin-api';
import { parentSlugOf, slugsWithin, toCategoryChange, toCategoryDraft } from '@/lib/category-form';
import { categoryHref } from '@/lib/links';
import { categoryOptions } from '@/lib/product-form';
import { authorized } from '@/lib/session';
import { ProblemAlert } from '../../feedback/problem-alert';
import { EditOrDelete } from '../../forms/confirm-delete';
import { LINK_BUTTON } from '../../forms/styles';
import { CategoryForm } from './category-form';

type Editing = { mode: 'none' } | { mode: 'edit'; slug: string } | { mode: 'confirm-delete'; slug: string };

function deleteFailureTitle(error: unknown): string {
  return error instanceof ApiError && error.isProblem('category-in-use')
    ? 'Only a category without sub-categories and products can be deleted.'
    : 'The category could not be deleted.';
}

/** The category tree, each with its product count, an edit form and a delete with confirmation. */
export function CategoryTree({ categories, onChanged }: { categories: Category[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<{ slug: string; error: unknown }>();

  async function handleDelete(slug: string) {
    setDeleting(true);
    setFailure(undefined);
    try {
      await authorized((token) => deleteCategory(token, slug));
      setEditing({ mode: 'none' });
      onChanged();
    } catch (error) {
      setFailure({ slug, error });
    } finally {
      setDeleting(false);
    }
  }

  function node(category: Category) {
    const isEditing = editing.mode === 'edit' && editing.slug === category.slug;
    const confirming = editing.mode === 'confirm-delete' && editing.slug === category.slug;
    const excluded = slugsWithin(category);
    return (
      <li key={category.slug} data-testid="admin-category" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
          <div>
            <Link href={categoryHref(category.slug)} className="font-medium text-slate-900 hover:underline">
              {category.name}
            </Link>
            <span className="ml-2 font-mono text-xs text-slate-500">{category.slug}</span>
            <span className="ml-2 text-xs text-slate-600">
              {category.productCount === 1 ? '1 product' : `${category.productCount} products`}
            </span>
          </div>
          <EditOrDelete
            subject={category.name}
            question="Delete this category?"
            confirming={confirming}
            deleting={deleting}
            deleteLinkClassName={`${LINK_BUTTON} text-red-700`}
            onEdit={() => setEditing({ mode: 'edit', slug: category.slug })}
            onAskToDelete={() => {
              setFailure(undefined);
              setEditing({ mode: 'confirm-delete', slug: category.slug });
            }}
            onDelete={() => handleDelete(category.slug)}
            onKeep={() => setEditing({ mode: 'none' })}
          />
        </div>
        {failure?.slug === category.slug && (
          <ProblemAlert title={deleteFailureTitle(failure.error)} error={failure.error} />
        )}
        {isEditing && (
          <div className="rounded-md border border-slate-200 p-4">
            <CategoryForm
              initial={toCategoryDraft(category, parentSlugOf(categories, category.slug))}
              isNew={false}
              parents={categoryOptions(categories).filter((option) => !excluded.has(option.slug))}
              submitLabel={`Save ${category.name}`}
              onSave={async (draft) => {
                await authorized((token) => updateCategory(token, category.slug, toCategoryChange(draft)));
                setEditing({ mode: 'none' });
                onChanged();
              }}
              onCancel={() => setEditing({ mode: 'none' })}
            />
          </div>
        )}
        {category.children.length > 0 && (
          <ul className="ml-6 space-y-2 border-l border-slate-200 pl-4">{category.children.map(node)}</ul>
        )}
      </li>
    );
  }

  return <ul className="space-y-2">{categories.map(node)}</ul>;
}
