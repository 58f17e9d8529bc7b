'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { KeepForComparison } from '@/components/lab/keep-for-comparison';
import { LogLines } from '@/components/lab/log-lines';
import { ModeBadges } from '@/components/lab/mode-badge';
import { OutcomeBadge } from '@/components/lab/outcome-badge';
import { RawDocuments } from '@/components/lab/raw-documents';
import { SpanDetails } from '@/components/lab/span-details';
import { WaterfallChart } from '@/components/lab/waterfall-chart';
import { ApiError } from '@/lib/api';
import { type CaughtTrace, getTrace, parseTraceId } from '@/lib/telemetry/lab-api';
import { pathOf } from '@/lib/telemetry/segments';
import { type TraceMode, type TraceNode, fromTrace, modesOf, summarizeNodes } from '@/lib/telemetry/trace-model';
import { useAsync } from '@/lib/use-async';

function TraceNotFound() {
  return (
    <NotFoundState
      title="Trace not found"
      message="The launcher keeps the most recent traces only; this one is not (or no longer) among them."
      href="/lab"
      linkLabel="Back to the Lab"
    />
  );
}

function waterfallHeading(modes: TraceMode[]): string {
  if (modes.length === 2) return 'Segments, subsegments and spans';
  return modes[0] === 'otel' ? 'Spans' : 'Segments and subsegments';
}

function TraceDetails({ trace }: { trace: CaughtTrace }) {
  const nodes = fromTrace(trace);
  const modes = modesOf(trace);
  const summary = summarizeNodes(trace.traceId, nodes);
  const [selected, setSelected] = useState<TraceNode | undefined>(nodes[0]);
  return (
    <div className="py-6">
      <Link href="/lab" className="text-sm text-brand-700 hover:underline">
        ← All traces
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">
        {summary.method ? `${summary.method} ${pathOf(summary.url)}` : 'Trace'}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span className="font-mono">{trace.traceId}</span>
        <OutcomeBadge outcome={summary.outcome} status={summary.status} />
        {summary.durationMs !== undefined && <span>{summary.durationMs} ms</span>}
        <span>{summary.services.join(' → ')}</span>
        <ModeBadges modes={modes} />
      </p>
      <div className="mt-3">
        <KeepForComparison trace={trace} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="waterfall-heading">
          <h2 id="waterfall-heading" className="mb-2 font-semibold text-slate-900">
            {waterfallHeading(modes)}
          </h2>
          <WaterfallChart nodes={nodes} selectedId={selected?.id} onSelect={setSelected} />
        </section>
        {selected && <SpanDetails span={selected} />}
      </div>
      <section aria-labelledby="logs-heading" className="mt-8">
        <h2 id="logs-heading" className="mb-2 font-semibold text-slate-900">
          Log lines with this trace ID
        </h2>
        <LogLines lines={trace.logLines} />
      </section>
      <section aria-labelledby="raw-heading" className="mt-8">
        <h2 id="raw-heading" className="mb-2 font-semibold text-slate-900">
          The raw documents
        </h2>
        <RawDocuments trace={trace} />
      </section>
    </div>
  );
}

function TraceLoader({ traceId }: { traceId: string }) {
  const trace = useAsync((signal) => getTrace(traceId, signal), `trace:${traceId}`);
  if (trace.status === 'loading') {
    return <LoadingMessage label="Loading the trace…" />;
  }
  if (trace.status === 'error') {
    if (trace.error instanceof ApiError && trace.error.isNotFound) {
      return <TraceNotFound />;
    }
    return <ErrorState title="The trace could not be loaded." error={trace.error} onRetry={trace.retry} />;
  }
  return <TraceDetails key={traceId} trace={trace.data} />;
}

export function TraceView() {
  const traceId = parseTraceId(useSearchParams().get('id'));
  return traceId ? <TraceLoader traceId={traceId} /> : <TraceNotFound />;
}
