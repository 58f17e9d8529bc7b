import { ApiError } from '@/lib/api';
import { SignedOutError } from '@/lib/session';

export function describeError(error: unknown): { message: string; requestId?: string } {
  if (error instanceof ApiError) {
    return { message: error.detail ?? error.title, requestId: error.requestId };
  }
  if (error instanceof SignedOutError) {
    return { message: 'You are signed out. Sign in and try again.' };
  }
  return { message: 'The shop could not be reached. Check your connection and try again.' };
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { message, requestId } = describeError(error);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{message}</p>
      {/* Shown so that a learner can look the failed request up in the traces and logs. */}
      {requestId && <p className="mt-1 text-xs text-red-800">Request ID: {requestId}</p>}
      <button
        type="button"
        onClick={onRetry}
        className="mt-4 rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
      >
        Retry
      </button>
    </div>
  );
}
