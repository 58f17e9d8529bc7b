import type { Metadata } from 'next';
import { NotFoundState } from '@/components/feedback/not-found-state';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return <NotFoundState title="Page not found" message="There is no page at this address." />;
}
