import type { OtlpMetricItem } from '@/lib/telemetry/lab-api';
import { type ReadMetric, readMetric, readingsOf } from '@/lib/telemetry/otlp-metrics';
import { formatValue } from '@/lib/telemetry/trace-model';

/** `sum (monotonic, cumulative)`, `exponential histogram (cumulative)`, `gauge`. */
function kindLabel(metric: ReadMetric): string {
  const details = [metric.monotonic ? 'monotonic' : undefined, metric.temporality === 'unspecified' ? undefined : metric.temporality];
  const shown = details.filter(Boolean);
  return shown.length > 0 ? `${metric.kind} (${shown.join(', ')})` : metric.kind;
}

/** OTLP metrics as the services exported them (mode `otel`), each read point by point. */
export function OtlpMetrics({ items }: { items: OtlpMetricItem[] }) {
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">
        In AWS, the ADOT collector&apos;s EMF exporter (<code>awsemf</code>) turns these OTLP metrics into CloudWatch metrics.
      </p>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
          No OTLP metrics yet. They appear when the shop runs with <code>--observability otel</code>.
        </p>
      ) : (
        <ol aria-label="OTLP metrics" className="space-y-3">
          {items.map((item, index) => {
            const metric = readMetric(item.document);
            return (
              <li key={index} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p className="text-xs text-slate-500">
                  {new Date(item.seen).toLocaleTimeString()} · {metric.service}
                  {metric.scope && ` · ${metric.scope}`}
                </p>
                <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
                  <span className="font-medium text-slate-900">{metric.name}</span>
                  <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{kindLabel(metric)}</span>
                  <span className="text-xs text-slate-500">unit {metric.unit || '—'}</span>
                </p>
                {metric.description && <p className="text-xs text-slate-500">{metric.description}</p>}
                <table className="mt-2 w-full text-left">
                  <thead className="text-xs uppercase text-slate-500">
                    <tr>
                      <th className="pr-3">Attributes</th>
                      <th>Value</th>
                    </tr>
                  </thead>
                  <tbody>
                    {metric.points.length === 0 && (
                      <tr className="border-t border-slate-100">
                        <td colSpan={2} className="text-slate-500">
                          No data points
                        </td>
                      </tr>
                    )}
                    {metric.points.map((point, pointIndex) => (
                      <tr key={pointIndex} className="border-t border-slate-100 align-top">
                        <td className="pr-3 font-mono text-xs">
                          {Object.entries(point.attributes)
                            .map(([name, value]) => `${name}=${formatValue(value)}`)
                            .join(', ')}
                        </td>
                        <td className="tabular-nums">
                          {readingsOf(point)
                            .map(({ name, text }) => `${name} ${text}`)
                            .join(' · ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700">The OTLP JSON document</summary>
                  <pre className="mt-1 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
                    {JSON.stringify(item.document, null, 2)}
                  </pre>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
