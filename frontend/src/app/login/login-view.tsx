'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { TextField } from '@/components/forms/field';
import { PRIMARY_BUTTON } from '@/components/forms/styles';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { ApiError } from '@/lib/api';
import { safeNextPath, signupHref } from '@/lib/links';
import { signIn } from '@/lib/sign-in';
import { type FieldErrors, emailProblem, hasErrors, logInPasswordProblem, serverFieldErrors } from '@/lib/validation';

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

export function LoginView() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get('next'));
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
      router.push(next);
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(serverFieldErrors(error.fieldErrors, FIELDS));
      }
      setFailure(error);
      setSubmitting(false);
    }
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-slate-900">Sign in</h1>
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
      <p className="mt-6 text-sm text-slate-700">
        New here?{' '}
        <Link href={signupHref(next)} className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
