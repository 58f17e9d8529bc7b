'use client';

import type { ApiError } from '@/lib/api';
import {
  CATEGORY_FIELDS,
  type CategoryDraft,
  type CategoryField,
  categoryProblems,
} from '@/lib/category-form';
import type { CategoryOption } from '@/lib/product-form';
import { type FieldErrors, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../../feedback/problem-alert';
import { SelectField, TextAreaField, TextField } from '../../forms/field';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../../forms/styles';
import { useDraftForm } from '../../forms/use-draft-form';

function fieldErrorsOf(error: ApiError): FieldErrors<CategoryField> {
  const errors = serverFieldErrors(error.fieldErrors, CATEGORY_FIELDS);
  if (error.isProblem('category-cycle')) {
    errors.parentSlug ??= 'A category cannot move under itself or one of its sub-categories.';
  }
  if (error.isProblem('unknown-category')) {
    errors.parentSlug ??= 'This parent does not exist any more. Choose another.';
  }
  return errors;
}

/** A new category (`isNew`: the slug is chosen here, once) or the changes to one. */
export function CategoryForm({
  initial,
  isNew,
  parents,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: CategoryDraft;
  isNew: boolean;
  /** The categories it may be put under. */
  parents: CategoryOption[];
  submitLabel: string;
  onSave: (draft: CategoryDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { field, handleSubmit, failure, saving } = useDraftForm({
    initial,
    problems: (draft) => categoryProblems(draft, isNew),
    save: onSave,
    fieldErrorsOf,
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={submitLabel} className="max-w-xl space-y-4">
      {isNew && (
        <TextField
          label="Slug"
          hint="Part of the category's address, like home-audio. It cannot be changed later."
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          {...field('slug')}
        />
      )}
      <TextField label="Name" autoComplete="off" maxLength={120} {...field('name')} />
      <TextAreaField label="Description" rows={3} maxLength={1000} {...field('description')} />
      <SelectField label="Parent" {...field('parentSlug')}>
        <option value="">None (a top-level category)</option>
        {parents.map((parent) => (
          <option key={parent.slug} value={parent.slug}>
            {parent.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Position"
        hint={
          isNew
            ? 'Lower numbers come first among categories of the same parent.'
            : 'Lower numbers come first. The catalog does not report the current position: saving sets this one.'
        }
        inputMode="numeric"
        maxLength={6}
        {...field('sortOrder')}
      />
      {failure !== undefined && <ProblemAlert title="The category could not be saved." error={failure} />}
      <div className="flex gap-3">
        <button type="submit" disabled={saving} className={PRIMARY_BUTTON}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={saving} className={SECONDARY_BUTTON}>
          Cancel
        </button>
      </div>
    </form>
  );
}
