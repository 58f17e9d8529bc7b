/**
 * Client-side checks that mirror the API contracts (api/identity.yaml, api/order.yaml), so that a
 * shopper hears about a mistake before a round trip. The server checks again and has the last word.
 */

/** Field name → message, for the fields that have a problem. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
// Not blank, no control characters: the `pattern` of the contracts' free-text fields.
const TEXT_PATTERN = /^(?=.*\S)[^\x00-\x1F\x7F]+$/;
const OPTIONAL_TEXT_PATTERN = /^[^\x00-\x1F\x7F]*$/;

export const PASSWORD_MIN_LENGTH = 10;
// BCrypt reads at most 72 bytes, and the contract counts bytes, not characters.
const PASSWORD_MAX_BYTES = 72;

function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

export function emailProblem(email: string): string | undefined {
  if (!email.trim()) {
    return 'Enter your e-mail address.';
  }
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return 'Enter an e-mail address like name@example.com.';
  }
  return undefined;
}

/** For a new password; log-in only needs one that is not empty. */
export function newPasswordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  }
  if (utf8Length(password) > PASSWORD_MAX_BYTES) {
    return 'Use a shorter password (at most 72 bytes).';
  }
  return undefined;
}

export function logInPasswordProblem(password: string): string | undefined {
  if (!password) {
    return 'Enter your password.';
  }
  return utf8Length(password) > PASSWORD_MAX_BYTES ? 'This password is too long.' : undefined;
}

/** A required line of text of at most `maxLength` characters; `label` starts the message. */
export function textProblem(value: string, label: string, maxLength: number): string | undefined {
  if (!value.trim()) {
    return `Enter ${label}.`;
  }
  if (value.length > maxLength) {
    return `Use at most ${maxLength} characters.`;
  }
  return TEXT_PATTERN.test(value) ? undefined : 'Remove the line breaks and other control characters.';
}

export function optionalTextProblem(value: string, maxLength: number): string | undefined {
  if (value.length > maxLength) {
    return `Use at most ${maxLength} characters.`;
  }
  return OPTIONAL_TEXT_PATTERN.test(value) ? undefined : 'Remove the line breaks and other control characters.';
}

export function displayNameProblem(displayName: string): string | undefined {
  return textProblem(displayName, 'your name', 50);
}

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * The API's per-parameter errors for the fields of a form. A nested parameter such as
 * `shippingAddress.city` counts for the field `city`.
 */
export function serverFieldErrors<F extends string>(
  errors: { parameter: string; message: string }[],
  fields: readonly F[],
): FieldErrors<F> {
  const result: FieldErrors<F> = {};
  for (const { parameter, message } of errors) {
    const field = fields.find((name) => parameter === name || parameter.endsWith(`.${name}`));
    if (field && !result[field]) {
      result[field] = message;
    }
  }
  return result;
}
