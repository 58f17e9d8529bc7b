'use client';

import type { ApiError } from '@/lib/api';
import type { ProductInput } from '@/lib/catalog-admin-api';
import {
  type CategoryOption,
  PRODUCT_FIELDS,
  type ProductDraft,
  type ProductField,
  productProblems,
  toProductInput,
} from '@/lib/product-form';
import { type FieldErrors, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../../feedback/problem-alert';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../forms/field';
import { PRIMARY_BUTTON } from '../../forms/styles';
import { useDraftForm } from '../../forms/use-draft-form';

/** The API's field errors, and the problems that belong to one field although they come without one. */
function fieldErrorsOf(error: ApiError): FieldErrors<ProductField> {
  const errors = serverFieldErrors(error.fieldErrors, PRODUCT_FIELDS);
  if (error.isProblem('sku-taken')) {
    errors.sku ??= 'Another product has this SKU (deleted products keep theirs). Choose another.';
  }
  if (error.isProblem('unknown-category')) {
    errors.categoryId ??= 'This category does not exist any more. Choose another.';
  }
  return errors;
}

/** A product's details, checked as api/catalog.yaml checks them; `onSave` sends them. */
export function ProductForm({
  initial,
  categories,
  submitLabel,
  onSave,
}: {
  initial: ProductDraft;
  categories: CategoryOption[];
  submitLabel: string;
  /** Throws the API's error when the product is refused; its field errors are shown by their fields. */
  onSave: (product: ProductInput) => Promise<void>;
}) {
  const { draft, setDraft, field, handleSubmit, failure, saving } = useDraftForm({
    initial,
    problems: productProblems,
    save: (draft) => onSave(toProductInput(draft)),
    fieldErrorsOf,
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Product details" className="max-w-2xl space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="SKU"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          hint="Letters and digits in groups joined by dashes, like ELC-017. Unique for good."
          {...field('sku')}
        />
        <TextField
          label="Price (yen)"
          inputMode="numeric"
          autoComplete="off"
          placeholder="12800"
          maxLength={12}
          {...field('priceJpy')}
        />
      </div>
      <TextField label="Name" autoComplete="off" maxLength={200} {...field('name')} />
      <TextAreaField label="Description" rows={6} maxLength={5000} {...field('description')} />
      <SelectField label="Category" {...field('categoryId')}>
        <option value="">Choose…</option>
        {categories.map((category) => (
          <option key={category.id} value={String(category.id)}>
            {category.label}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label="Featured"
        hint="Featured products are shown on the home page."
        checked={draft.featured}
        onCheckedChange={(featured) => setDraft((current) => ({ ...current, featured }))}
      />
      {failure !== undefined && <ProblemAlert title="The product could not be saved." error={failure} />}
      <button type="submit" disabled={saving} className={PRIMARY_BUTTON}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
