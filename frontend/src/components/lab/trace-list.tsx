import Link from 'next/link';
import { type CaughtTrace, traceHref } from '@/lib/telemetry/lab-api';
import { pathOf } from '@/lib/telemetry/segments';
import { modesOf, summarizeTrace } from '@/lib/telemetry/trace-model';
import { ModeBadges } from './mode-badge';
import { OutcomeBadge } from './outcome-badge';

/** The traces the launcher caught, newest first: what each request was, how it went, and who traced it. */
export function TraceList({ traces }: { traces: CaughtTrace[] }) {
  if (traces.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
        No traces yet. Browse the shop in another tab — every request you make shows up here within a second.
      </p>
    );
  }
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2 pr-3">Time</th>
          <th className="py-2 pr-3">Request</th>
          <th className="py-2 pr-3">Services</th>
          <th className="py-2 pr-3">Traced by</th>
          <th className="py-2 pr-3">Status</th>
          <th className="py-2 pr-3 text-right">Duration</th>
          <th className="py-2 text-right">Logs</th>
        </tr>
      </thead>
      <tbody>
        {traces.map((trace) => {
          const summary = summarizeTrace(trace);
          return (
            <tr key={trace.traceId} className="border-b border-slate-100 hover:bg-slate-50">
              <td className="py-2 pr-3 whitespace-nowrap text-slate-600">
                {new Date(trace.firstSeen).toLocaleTimeString()}
              </td>
              <td className="py-2 pr-3">
                <Link href={traceHref(trace.traceId)} className="font-medium text-brand-700 hover:underline">
                  {summary.method ? `${summary.method} ${pathOf(summary.url)}` : trace.traceId}
                </Link>
              </td>
              <td className="py-2 pr-3 text-slate-700">{summary.services.join(' → ') || 'logs only'}</td>
              <td className="py-2 pr-3">
                <ModeBadges modes={modesOf(trace)} />
              </td>
              <td className="py-2 pr-3">
                <OutcomeBadge outcome={summary.outcome} status={summary.status} />
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {summary.durationMs === undefined ? '—' : `${summary.durationMs} ms`}
              </td>
              <td className="py-2 text-right tabular-nums">{trace.logLines.length}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
