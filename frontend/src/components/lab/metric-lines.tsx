import { extractMetrics } from '@/lib/telemetry/emf';
import type { MetricLine } from '@/lib/telemetry/lab-api';

/** EMF lines as the services printed them, and the metrics CloudWatch would make of each. */
export function MetricLines({ lines }: { lines: MetricLine[] }) {
  if (lines.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
        No EMF lines yet. They appear when the shop runs with an observability mode that publishes metrics.
      </p>
    );
  }
  return (
    <ol aria-label="Metric lines" className="space-y-3">
      {lines.map((line, index) => (
        <li key={index} className="rounded-lg border border-slate-200 p-3 text-sm">
          <p className="text-xs text-slate-500">
            {new Date(line.seen).toLocaleTimeString()} · {line.source}
          </p>
          <table className="mt-2 w-full text-left">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="pr-3">Namespace</th>
                <th className="pr-3">Metric</th>
                <th className="pr-3">Dimensions</th>
                <th className="pr-3 text-right">Values</th>
                <th>Unit</th>
              </tr>
            </thead>
            <tbody>
              {extractMetrics(line.document).map((metric, metricIndex) => (
                <tr key={metricIndex} className="border-t border-slate-100">
                  <td className="pr-3">{metric.namespace}</td>
                  <td className="pr-3 font-medium">{metric.name}</td>
                  <td className="pr-3 font-mono text-xs">
                    {Object.entries(metric.dimensions).map(([name, value]) => `${name}=${value}`).join(', ')}
                  </td>
                  <td className="pr-3 text-right tabular-nums">{metric.values.join(', ')}</td>
                  <td>{metric.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-700">The log line</summary>
            <pre className="mt-1 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
              {JSON.stringify(line.document, null, 2)}
            </pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
