'use client';

import Link from 'next/link';
import { useState } from 'react';
import { LoadingMessage } from '@/components/feedback/loading';
import { LabUnavailable } from '@/components/lab/lab-unavailable';
import { MetricLines } from '@/components/lab/metric-lines';
import { OtlpMetrics } from '@/components/lab/otlp-metrics';
import { TraceList } from '@/components/lab/trace-list';
import { listMetricLines, listOtlpMetrics, listTraces } from '@/lib/telemetry/lab-api';
import { usePolling } from '@/lib/use-polling';

const REFRESH_MS = 3000;

type Tab = 'traces' | 'metrics' | 'otlp-metrics';

const TAB_LABELS: Record<Tab, string> = { traces: 'Traces', metrics: 'Metrics (EMF)', 'otlp-metrics': 'Metrics (OTLP)' };

/**
 * The Observability Lab: what the shop's services just sent — traces to the (local) X-Ray daemon or as
 * OTLP, log lines and EMF metric lines to stdout, metrics as OTLP — as the launcher caught them,
 * refreshed live.
 */
export function LabView() {
  const [tab, setTab] = useState<Tab>('traces');
  const [live, setLive] = useState(true);
  const traces = usePolling((signal) => listTraces(50, signal), REFRESH_MS, live && tab === 'traces');
  const metrics = usePolling((signal) => listMetricLines(50, signal), REFRESH_MS, live && tab === 'metrics');
  const otlpMetrics = usePolling((signal) => listOtlpMetrics(50, signal), REFRESH_MS, live && tab === 'otlp-metrics');
  const state = tab === 'traces' ? traces : tab === 'metrics' ? metrics : otlpMetrics;

  return (
    <div className="py-6">
      <h1 className="text-3xl font-bold text-slate-900">Observability Lab</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        Every request you make in the shop is traced, logged and measured. Here is what the services sent, caught by
        the local launcher the way the X-Ray daemon, an OTLP collector and CloudWatch Logs would receive it — X-Ray
        segment documents with <code>--observability xray</code>, OpenTelemetry spans with{' '}
        <code>--observability otel</code>. Open a trace to see its waterfall across services, its SQL, its annotations,
        the raw documents and its log lines; keep one to{' '}
        <Link href="/lab/compare" className="text-brand-700 hover:underline">
          compare the two approaches
        </Link>
        .
      </p>
      <div className="mt-6 flex items-center gap-4 border-b border-slate-200">
        {(Object.keys(TAB_LABELS) as Tab[]).map((name) => (
          <button
            key={name}
            type="button"
            onClick={() => setTab(name)}
            aria-pressed={tab === name}
            className={`-mb-px border-b-2 px-1 pb-2 text-sm font-medium ${tab === name ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {TAB_LABELS[name]}
          </button>
        ))}
        <label className="ml-auto flex items-center gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" checked={live} onChange={(event) => setLive(event.target.checked)} />
          Live
        </label>
      </div>
      <div className="mt-4">
        {state.status === 'loading' && <LoadingMessage label="Reading the telemetry…" />}
        {state.status === 'error' && <LabUnavailable error={state.error} />}
        {tab === 'traces' && traces.status === 'success' && <TraceList traces={traces.data.traces} />}
        {tab === 'metrics' && metrics.status === 'success' && <MetricLines lines={metrics.data.metricLines} />}
        {tab === 'otlp-metrics' && otlpMetrics.status === 'success' && <OtlpMetrics items={otlpMetrics.data.metrics} />}
      </div>
    </div>
  );
}
