'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { ModeBadges } from '@/components/lab/mode-badge';
import { TraceComparison } from '@/components/lab/trace-comparison';
import { ApiError } from '@/lib/api';
import { type TraceSource, parseSource, sourceValue } from '@/lib/telemetry/compare-links';
import { type KeptTrace, MAX_KEPT, findKeptTrace, forgetKeptTrace, useKeptTraces } from '@/lib/telemetry/kept-traces';
import { type CaughtTrace, getTrace, listTraces } from '@/lib/telemetry/lab-api';
import { pathOf } from '@/lib/telemetry/segments';
import { MODE_LABELS, type TraceMode, modesOf, summarizeTrace } from '@/lib/telemetry/trace-model';
import { useAsync } from '@/lib/use-async';

function requestOf(trace: CaughtTrace): string {
  const summary = summarizeTrace(trace);
  return summary.method ? `${summary.method} ${pathOf(summary.url)}` : trace.traceId;
}

function modeNames(modes: readonly TraceMode[]): string {
  return modes.length === 0 ? 'logs only' : modes.map((mode) => MODE_LABELS[mode]).join(' + ');
}

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString();
}

/**
 * The newest trace the launcher caught of the same request as `trace` (same method and path), made by
 * another approach: after a restart in the other mode, the request the learner just repeated.
 */
export function suggestCounterpart(trace: CaughtTrace, caught: CaughtTrace[]): CaughtTrace | undefined {
  const request = requestOf(trace);
  const modes = modesOf(trace).join('+');
  return caught.find(
    (candidate) =>
      candidate.traceId !== trace.traceId &&
      requestOf(candidate) === request &&
      modesOf(candidate).length > 0 &&
      modesOf(candidate).join('+') !== modes,
  );
}

function HowTo() {
  return (
    <div className="mt-4 max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
      <p className="font-medium text-slate-900">The same request, traced both ways</p>
      <p className="mt-1">
        The launcher runs one observability mode at a time and keeps only the traces of the current run, so keep one
        here, in this browser, before you switch:
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>
          Run <code className="rounded bg-white px-1">./shop run --observability xray</code>, open a product page, then
          open its trace in the Lab and press <strong>Keep for comparison</strong>.
        </li>
        <li>
          Stop the shop and run <code className="rounded bg-white px-1">./shop run --observability otel</code>; open the
          same product page.
        </li>
        <li>
          Come back here: the kept X-Ray trace is on the left, and the newest OpenTelemetry trace of the same request is
          offered on the right. Compare the trees, the attributes of each node and the payload sizes.
        </li>
      </ol>
    </div>
  );
}

function KeptList({ kept }: { kept: readonly KeptTrace[] }) {
  return (
    <section aria-labelledby="kept-heading" className="mt-8">
      <h2 id="kept-heading" className="font-semibold text-slate-900">
        Kept in this browser ({kept.length} of {MAX_KEPT})
      </h2>
      {kept.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          Nothing kept yet. Open a trace in the Lab and press Keep for comparison.
        </p>
      ) : (
        <ul aria-label="Kept traces" className="mt-2 space-y-1 text-sm">
          {kept.map((entry) => (
            <li key={entry.traceId} className="flex flex-wrap items-center gap-3 rounded bg-slate-50 px-2 py-1">
              <span className="font-medium text-slate-900">{entry.label}</span>
              <ModeBadges modes={entry.modes} />
              <span className="text-slate-500">kept {time(entry.keptAt)}</span>
              <span className="font-mono text-xs text-slate-500">{entry.traceId}</span>
              <button
                type="button"
                onClick={() => forgetKeptTrace(entry.traceId)}
                aria-label={`Remove ${entry.label} (${modeNames(entry.modes)}) from the kept traces`}
                className="ml-auto text-red-700 hover:underline"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TracePicker({
  label,
  value,
  onChange,
  kept,
  caught,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kept: readonly KeptTrace[];
  caught: CaughtTrace[] | undefined;
}) {
  const known = value === '' || kept.some((entry) => `kept:${entry.traceId}` === value) || caught?.some((trace) => trace.traceId === value);
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-900">{label}</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
      >
        <option value="">Choose a trace…</option>
        {!known && <option value={value}>{value.replace(/^kept:/, '')} (from the link)</option>}
        {kept.length > 0 && (
          <optgroup label="Kept in this browser">
            {kept.map((entry) => (
              <option key={entry.traceId} value={`kept:${entry.traceId}`}>
                {entry.label} · {modeNames(entry.modes)} · kept {time(entry.keptAt)}
              </option>
            ))}
          </optgroup>
        )}
        {caught && caught.length > 0 && (
          <optgroup label="Caught by the launcher in this run">
            {caught.map((trace) => (
              <option key={trace.traceId} value={trace.traceId}>
                {requestOf(trace)} · {modeNames(modesOf(trace))} · {time(trace.firstSeen)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

class NotKeptError extends Error {}

/** A side's trace: a kept one from this browser, or one the launcher still has. */
function useSide(source: TraceSource | undefined) {
  return useAsync<CaughtTrace | undefined>(async (signal) => {
    if (!source) return undefined;
    if (source.from === 'kept') {
      const kept = findKeptTrace(source.traceId);
      if (!kept) throw new NotKeptError();
      return kept.trace;
    }
    return getTrace(source.traceId, signal);
  }, source ? sourceValue(source) : 'none');
}

function SideProblem({ side, error, retry }: { side: string; error: unknown; retry: () => void }) {
  if (error instanceof NotKeptError) {
    return (
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
        The {side} trace is not kept in this browser (any more). Choose another one.
      </p>
    );
  }
  if (error instanceof ApiError && error.isNotFound) {
    return (
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
        The {side} trace is not (or no longer) among the launcher’s recent traces. Keep a trace in the Lab to compare it
        after a restart.
      </p>
    );
  }
  return <ErrorState title={`The ${side} trace could not be loaded.`} error={error} onRetry={retry} />;
}

/**
 * The compare page: two traces side by side — typically the same request traced by the X-Ray SDK and by
 * OpenTelemetry — with their trees, the attributes of corresponding nodes and their payload sizes.
 */
export function CompareView() {
  const params = useSearchParams();
  const kept = useKeptTraces();
  const caught = useAsync((signal) => listTraces(50, signal), 'compare:traces');
  const caughtTraces = caught.status === 'success' ? caught.data.traces : undefined;

  // undefined: not chosen here yet, so the link's choice or a suggestion stands
  const [leftChoice, setLeftChoice] = useState<string | undefined>();
  const [rightChoice, setRightChoice] = useState<string | undefined>();

  const linkedRight = parseSource(params.get('right'));
  const newestOtherKept = kept.find((entry) => entry.traceId !== linkedRight?.traceId);
  const leftValue = leftChoice ?? params.get('left') ?? (newestOtherKept ? `kept:${newestOtherKept.traceId}` : '');
  const leftSource = parseSource(leftValue);
  const left = useSide(leftSource);
  const leftTrace = left.status === 'success' ? left.data : undefined;
  const suggested = leftTrace && caughtTraces ? suggestCounterpart(leftTrace, caughtTraces) : undefined;
  const rightValue = rightChoice ?? params.get('right') ?? suggested?.traceId ?? '';
  const rightSource = parseSource(rightValue);
  const right = useSide(rightSource);
  const rightTrace = right.status === 'success' ? right.data : undefined;

  return (
    <div className="py-6">
      <Link href="/lab" className="text-sm text-brand-700 hover:underline">
        ← All traces
      </Link>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">Compare traces</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        The same request, as captured by the X-Ray SDK and by OpenTelemetry, side by side: the tree each one makes, what
        each node records, and how many bytes of telemetry it is.
      </p>
      <HowTo />
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <TracePicker label="Left trace" value={leftValue} onChange={setLeftChoice} kept={kept} caught={caughtTraces} />
        <TracePicker label="Right trace" value={rightValue} onChange={setRightChoice} kept={kept} caught={caughtTraces} />
      </div>
      {caught.status === 'error' && (
        <p className="mt-2 text-sm text-amber-800">
          The launcher’s traces could not be read, so only kept traces can be chosen.
        </p>
      )}
      {caught.status === 'success' && (
        <button type="button" onClick={caught.retry} className="mt-2 text-sm text-brand-700 hover:underline">
          Read the launcher’s traces again
        </button>
      )}
      <div className="mt-6">
        {left.status === 'error' && <SideProblem side="left" error={left.error} retry={left.retry} />}
        {right.status === 'error' && <SideProblem side="right" error={right.error} retry={right.retry} />}
        {((leftSource && left.status === 'loading') || (rightSource && right.status === 'loading')) && (
          <LoadingMessage label="Loading the traces…" />
        )}
        {leftTrace && rightTrace ? (
          <TraceComparison key={`${leftValue}|${rightValue}`} left={leftTrace} right={rightTrace} />
        ) : (
          left.status !== 'loading' &&
          right.status !== 'loading' &&
          left.status !== 'error' &&
          right.status !== 'error' && (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
              Choose two traces to compare: a kept one and one the launcher caught, or two kept ones.
            </p>
          )
        )}
      </div>
      <KeptList kept={kept} />
    </div>
  );
}
