'use client';

import {
  ADDRESS_FIELDS,
  type AddressDraft,
  EMPTY_ADDRESS,
  PREFECTURES,
  addressProblems,
  toAddressInput,
} from '@/lib/address';
import type { AddressInput } from '@/lib/identity-api';
import { serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../feedback/problem-alert';
import { SelectField, TextField } from '../forms/field';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';
import { useDraftForm } from '../forms/use-draft-form';

/** A Japanese shipping address, checked as api/identity.yaml checks it; `onSave` sends it. */
export function AddressForm({
  initial = EMPTY_ADDRESS,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial?: AddressDraft;
  submitLabel: string;
  /** Throws the API's error when the address is refused; its field errors are shown by their fields. */
  onSave: (address: AddressInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { field, handleSubmit, failure, saving } = useDraftForm({
    initial,
    problems: addressProblems,
    save: (draft) => onSave(toAddressInput(draft)),
    fieldErrorsOf: (error) => serverFieldErrors(error.fieldErrors, ADDRESS_FIELDS),
  });

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4" aria-label="Address">
      <TextField label="Recipient name" autoComplete="name" maxLength={50} {...field('name')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Postal code"
          autoComplete="postal-code"
          inputMode="numeric"
          placeholder="100-0001"
          maxLength={8}
          {...field('postalCode')}
        />
        <SelectField label="Prefecture" autoComplete="address-level1" {...field('prefecture')}>
          <option value="">Choose…</option>
          {PREFECTURES.map((prefecture) => (
            <option key={prefecture} value={prefecture}>
              {prefecture}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label="City, ward or town" autoComplete="address-level2" maxLength={50} {...field('city')} />
      <TextField label="Street and number" autoComplete="address-line1" maxLength={100} {...field('line1')} />
      <TextField
        label="Building and room (optional)"
        autoComplete="address-line2"
        maxLength={100}
        {...field('line2')}
      />
      <TextField
        label="Phone number"
        type="tel"
        autoComplete="tel"
        placeholder="03-1234-5678"
        maxLength={13}
        {...field('phone')}
      />
      {failure !== undefined && <ProblemAlert title="The address could not be saved." error={failure} />}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={saving} className={PRIMARY_BUTTON}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={saving} className={SECONDARY_BUTTON}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
