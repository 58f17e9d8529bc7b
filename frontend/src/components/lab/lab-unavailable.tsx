import { describeError } from '../feedback/error-state';

/**
 * The Lab reads what the local launcher caught; deployed to AWS there is no launcher, and the same
 * traces, logs and metrics are in the X-Ray and CloudWatch consoles instead.
 */
export function LabUnavailable({ error }: { error: unknown }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-6 text-amber-950">
      <p className="font-semibold">The Lab shows the telemetry of a shop started with ./shop run.</p>
      <p className="mt-1 text-sm">
        It could not be read here ({describeError(error).message}). Running in AWS, open the X-Ray console (Traces,
        Trace map) and CloudWatch (Logs Insights, Metrics) instead.
      </p>
    </div>
  );
}
