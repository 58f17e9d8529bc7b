'use client';

import { ApiError } from '@/lib/api';
import { signIn } from '@/lib/sign-in';
import { emailProblem, logInPasswordProblem, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../feedback/problem-alert';
import { EmailAddressField, TextField } from '../forms/field';
import { PRIMARY_BUTTON } from '../forms/styles';
import { useDraftForm } from '../forms/use-draft-form';

const FIELDS = ['email', 'password'] as const;

function failureTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return 'The e-mail address or password is not right.';
  }
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many attempts. Wait a moment before you try again.';
  }
  return 'You could not be signed in.';
}

/** E-mail and password; on success the session has started and `onSignedIn` says where to go. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { field, handleSubmit, failure, saving } = useDraftForm({
    initial: { email: '', password: '' },
    problems: (draft) => ({ email: emailProblem(draft.email), password: logInPasswordProblem(draft.password) }),
    save: async ({ email, password }) => {
      await signIn(email.trim(), password);
      onSignedIn();
    },
    fieldErrorsOf: (error) => serverFieldErrors(error.fieldErrors, FIELDS),
  });

  return (
    <form onSubmit={handleSubmit} noValidate className="mt-6 space-y-4">
      <EmailAddressField {...field('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...field('password')}
      />
      {failure !== undefined && <ProblemAlert title={failureTitle(failure)} error={failure} />}
      <button type="submit" disabled={saving} className={`${PRIMARY_BUTTON} w-full`}>
        {saving ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
