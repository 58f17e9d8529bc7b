import type { Span } from '@/lib/telemetry/segments';
import { outcomeOf } from '@/lib/telemetry/segments';

const BAR_COLOURS = {
  segment: 'bg-brand-600',
  remote: 'bg-sky-500',
  aws: 'bg-orange-500',
  local: 'bg-slate-400',
};

function barColour(span: Span): string {
  if (outcomeOf(span.document) === 'fault') return 'bg-red-600';
  if (span.kind === 'segment') return BAR_COLOURS.segment;
  return BAR_COLOURS[span.namespace ?? 'local'];
}

/**
 * The trace as a waterfall: each segment and subsegment is a bar placed by its start and end, indented
 * under its parent, so that a learner sees where the time went and which hop called which.
 */
export function WaterfallChart({
  spans,
  selectedId,
  onSelect,
}: {
  spans: Span[];
  selectedId?: string;
  onSelect: (span: Span) => void;
}) {
  if (spans.length === 0) {
    return <p className="text-slate-600">No segment documents were caught for this trace (only its log lines).</p>;
  }
  const start = Math.min(...spans.map((span) => span.startSeconds));
  const end = Math.max(...spans.map((span) => span.endSeconds ?? span.startSeconds));
  const total = Math.max(end - start, 0.001);
  return (
    <ol aria-label="Waterfall" className="space-y-1">
      {spans.map((span) => {
        const left = ((span.startSeconds - start) / total) * 100;
        const width = Math.max((((span.endSeconds ?? end) - span.startSeconds) / total) * 100, 0.5);
        const durationMs = span.endSeconds === undefined ? undefined : (span.endSeconds - span.startSeconds) * 1000;
        return (
          <li key={span.id}>
            <button
              type="button"
              onClick={() => onSelect(span)}
              aria-pressed={span.id === selectedId}
              className={`grid w-full grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-center gap-3 rounded px-2 py-1 text-left text-sm hover:bg-slate-50 ${span.id === selectedId ? 'bg-brand-50 ring-1 ring-brand-300' : ''}`}
            >
              <span className="truncate" style={{ paddingLeft: `${span.depth * 1.25}rem` }}>
                <span className="font-medium text-slate-900">{span.name}</span>
                {span.document.sql && <span className="ml-2 text-xs text-sky-700">SQL</span>}
                {span.namespace && <span className="ml-2 text-xs text-slate-500">{span.namespace}</span>}
                {span.document.in_progress && <span className="ml-2 text-xs text-amber-700">in progress</span>}
              </span>
              <span className="relative h-5 rounded bg-slate-100">
                <span
                  className={`absolute top-0 h-5 rounded ${barColour(span)}`}
                  style={{ left: `${left}%`, width: `${width}%` }}
                />
                <span className="absolute right-1 top-0 text-xs leading-5 text-slate-700 tabular-nums">
                  {durationMs === undefined ? '…' : `${durationMs.toFixed(1)} ms`}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
