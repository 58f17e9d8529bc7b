import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { LoginView } from './login-view';

export const metadata: Metadata = { title: 'Sign in' };

export default function LoginPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading…" />}>
      <LoginView />
    </Suspense>
  );
}
