import type { Outcome } from '@/lib/telemetry/segments';

const STYLES: Record<Outcome, string> = {
  ok: 'bg-emerald-100 text-emerald-800',
  error: 'bg-amber-100 text-amber-900',
  throttle: 'bg-violet-100 text-violet-900',
  fault: 'bg-red-100 text-red-900',
};

/** X-Ray's three flags: error for a 4xx, throttle for a 429, fault for a 5xx. */
export function OutcomeBadge({ outcome, status }: { outcome: Outcome; status?: number }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[outcome]}`}>
      {status ?? '—'} {outcome === 'ok' ? '' : outcome}
    </span>
  );
}
