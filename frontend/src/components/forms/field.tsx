'use client';

import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { INPUT } from './styles';

interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  children: (ids: { inputId: string; describedBy?: string }) => ReactNode;
}

/** A label, the control, an optional hint and the field's error, tied together for screen readers. */
function FieldFrame({ label, error, hint, children }: FieldFrameProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ inputId, describedBy })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The props of a field that edits one text value, beside those of its control's element. */
type ValueFieldProps<Attributes> = Omit<Attributes, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  hint?: string;
};

/** What an input, a select and a textarea take alike: the value, its change, and the frame's IDs. */
function valueControl(
  { inputId, describedBy }: { inputId: string; describedBy?: string },
  value: string,
  onValueChange: (value: string) => void,
  error: string | undefined,
) {
  return {
    id: inputId,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => onValueChange(event.target.value),
    'aria-invalid': error !== undefined,
    'aria-describedby': describedBy,
    className: INPUT,
  };
}

export function TextField({ label, value, onValueChange, error, hint, ...inputProps }: ValueFieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(ids) => <input {...inputProps} {...valueControl(ids, value, onValueChange, error)} />}
    </FieldFrame>
  );
}

/** The e-mail address an account is known by, asked the same way at sign-in and sign-up. */
export function EmailAddressField(props: Omit<ValueFieldProps<InputHTMLAttributes<HTMLInputElement>>, 'label'>) {
  return <TextField label="E-mail address" type="email" autoComplete="email" {...props} />;
}

export function SelectField({
  label,
  value,
  onValueChange,
  error,
  hint,
  children,
  ...selectProps
}: ValueFieldProps<SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(ids) => (
        <select {...selectProps} {...valueControl(ids, value, onValueChange, error)}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  value,
  onValueChange,
  error,
  hint,
  ...textareaProps
}: ValueFieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(ids) => <textarea {...textareaProps} {...valueControl(ids, value, onValueChange, error)} />}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  checked,
  onCheckedChange,
  hint,
  disabled,
}: {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  hint?: string;
  disabled?: boolean;
}) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-describedby={hint ? hintId : undefined}
        className="mt-1 h-4 w-4 rounded border-slate-300 accent-brand-600"
      />
      <div>
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-xs text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
