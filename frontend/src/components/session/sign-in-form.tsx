'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api';
import { signIn } from '@/lib/sign-in';
import { type FieldErrors, emailProblem, hasErrors, logInPasswordProblem, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../feedback/problem-alert';
import { TextField } from '../forms/field';
import { PRIMARY_BUTTON } from '../forms/styles';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { email: emailProblem(email), password: logInPasswordProblem(password) };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) {
      return;
    }
    setSubmitting(true);
    try {
      await signIn(email.trim(), password);
      onSignedIn();
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(serverFieldErrors(error.fieldErrors, FIELDS));
      }
      setFailure(error);
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="mt-6 space-y-4">
      <TextField
        label="E-mail address"
        type="email"
        autoComplete="email"
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors.password}
      />
      {failure !== undefined && <ProblemAlert title={failureTitle(failure)} error={failure} />}
      <button type="submit" disabled={submitting} className={`${PRIMARY_BUTTON} w-full`}>
        {submitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
