'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { EmailAddressField, TextField } from '@/components/forms/field';
import { PRIMARY_BUTTON } from '@/components/forms/styles';
import { useDraftForm } from '@/components/forms/use-draft-form';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import type { ApiError } from '@/lib/api';
import { signUp } from '@/lib/identity-api';
import { loginHref, safeNextPath } from '@/lib/links';
import { signIn } from '@/lib/sign-in';
import {
  type FieldErrors,
  PASSWORD_MIN_LENGTH,
  displayNameProblem,
  emailProblem,
  newPasswordProblem,
  serverFieldErrors,
} from '@/lib/validation';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

function fieldErrorsOf(error: ApiError): FieldErrors<Field> {
  if (error.isProblem('email-already-registered')) {
    return { email: 'An account with this e-mail address exists. Sign in instead.' };
  }
  return serverFieldErrors(error.fieldErrors, FIELDS);
}

export function SignupView() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get('next'));
  // Whether the account was made: then only the automatic log-in failed, and the log-in page can finish.
  const [created, setCreated] = useState(false);
  const { field, handleSubmit, failure, saving } = useDraftForm({
    initial: { displayName: '', email: '', password: '' },
    problems: (draft) => ({
      displayName: displayNameProblem(draft.displayName),
      email: emailProblem(draft.email),
      password: newPasswordProblem(draft.password),
    }),
    save: async ({ displayName, email, password }) => {
      setCreated(false);
      await signUp({ email: email.trim(), password, displayName: displayName.trim() });
      setCreated(true);
      await signIn(email.trim(), password);
      router.push(next);
    },
    fieldErrorsOf,
  });

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-slate-900">Create an account</h1>
      <form onSubmit={handleSubmit} noValidate className="mt-6 space-y-4">
        <TextField
          label="Your name"
          autoComplete="name"
          maxLength={50}
          {...field('displayName')}
        />
        <EmailAddressField {...field('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          {...field('password')}
        />
        {failure !== undefined && (
          <ProblemAlert
            title={
              created
                ? 'Your account was created, but you could not be signed in. Sign in to go on.'
                : 'Your account could not be created.'
            }
            error={failure}
          />
        )}
        <button type="submit" disabled={saving} className={`${PRIMARY_BUTTON} w-full`}>
          {saving ? 'Creating your account…' : 'Create account'}
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
