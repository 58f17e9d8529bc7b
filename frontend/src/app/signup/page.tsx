import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { SignupView } from './signup-view';

export const metadata: Metadata = { title: 'Create an account' };

export default function SignupPage() {
  return (
    <Suspense fallback={<LoadingMessage label="Loading…" />}>
      <SignupView />
    </Suspense>
  );
}
