'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { SignInForm } from '@/components/session/sign-in-form';
import { safeNextPath, signupHref } from '@/lib/links';

export function LoginView() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get('next'));

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-slate-900">Sign in</h1>
      <SignInForm onSignedIn={() => router.push(next)} />
      <p className="mt-6 text-sm text-slate-700">
        New here?{' '}
        <Link href={signupHref(next)} className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
