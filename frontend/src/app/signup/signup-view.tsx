'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { TextField } from '@/components/forms/field';
import { PRIMARY_BUTTON } from '@/components/forms/styles';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { ApiError } from '@/lib/api';
import { signUp } from '@/lib/identity-api';
import { loginHref, safeNextPath } from '@/lib/links';
import { signIn } from '@/lib/sign-in';
import {
  type FieldErrors,
  PASSWORD_MIN_LENGTH,
  displayNameProblem,
  emailProblem,
  hasErrors,
  newPasswordProblem,
  serverFieldErrors,
} from '@/lib/validation';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignupView() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<{ title: string; error: unknown }>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      displayName: displayNameProblem(displayName),
      email: emailProblem(email),
      password: newPasswordProblem(password),
    };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) {
      return;
    }
    setSubmitting(true);
    try {
      await signUp({ email: email.trim(), password, displayName: displayName.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.isProblem('email-already-registered')) {
        setErrors({ email: 'An account with this e-mail address exists. Sign in instead.' });
      } else if (error instanceof ApiError) {
        setErrors(serverFieldErrors(error.fieldErrors, FIELDS));
      }
      setFailure({ title: 'Your account could not be created.', error });
      setSubmitting(false);
      return;
    }
    try {
      await signIn(email.trim(), password);
      router.push(next);
    } catch (error) {
      // The account exists now; only the automatic log-in failed, so the log-in page can finish.
      setFailure({ title: 'Your account was created, but you could not be signed in. Sign in to go on.', error });
      setSubmitting(false);
    }
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-slate-900">Create an account</h1>
      <form onSubmit={handleSubmit} noValidate className="mt-6 space-y-4">
        <TextField
          label="Your name"
          autoComplete="name"
          maxLength={50}
          value={displayName}
          onValueChange={setDisplayName}
          error={errors.displayName}
        />
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
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          value={password}
          onValueChange={setPassword}
          error={errors.password}
        />
        {failure && <ProblemAlert title={failure.title} error={failure.error} />}
        <button type="submit" disabled={submitting} className={`${PRIMARY_BUTTON} w-full`}>
          {submitting ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="mt-6 text-sm text-slate-700">
        Have an account?{' '}
        <Link href={loginHref(next)} className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
