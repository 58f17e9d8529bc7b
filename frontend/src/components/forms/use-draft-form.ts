'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api';
import { type FieldErrors, hasErrors } from '@/lib/validation';

/**
 * What every form that edits a draft shares: the draft as typed, its fields' errors (found here or sent
 * back by the API), the failure to show, and whether it is being saved. On submit, `save` gets the draft
 * once `problems` finds nothing in it; the fields that an ApiError it throws names (`fieldErrorsOf`)
 * show their errors, and the error itself is the form's failure.
 */
export function useDraftForm<Field extends string, Draft extends Record<Field, string>>({
  initial,
  problems,
  save,
  fieldErrorsOf,
}: {
  initial: Draft;
  problems: (draft: Draft) => FieldErrors<Field>;
  save: (draft: Draft) => Promise<void>;
  fieldErrorsOf: (error: ApiError) => FieldErrors<Field>;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  /** The props of a text or select field that edits `name`. */
  function field(name: Field) {
    return {
      value: draft[name],
      onValueChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
      error: errors[name],
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = problems(draft);
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) {
      return;
    }
    setSaving(true);
    try {
      await save(draft);
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(fieldErrorsOf(error));
      }
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return { draft, setDraft, field, handleSubmit, failure, saving };
}
