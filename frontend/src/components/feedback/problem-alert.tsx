import { describeError } from './error-state';

/** A refused or failed request under a form: what went wrong and the request ID to look it up by. */
export function ProblemAlert({ title, error }: { title: string; error: unknown }) {
  const { message, requestId } = describeError(error);
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      {requestId && <p className="mt-1 text-xs text-red-800">Request ID: {requestId}</p>}
    </div>
  );
}
