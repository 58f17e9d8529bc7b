import type { TraceNode } from '@/lib/telemetry/trace-model';

const BAR_COLOURS = {
  entry: 'bg-brand-600',
  remote: 'bg-sky-500',
  aws: 'bg-orange-500',
  local: 'bg-slate-400',
};

function barColour(node: TraceNode): string {
  if (node.outcome === 'fault') return 'bg-red-600';
  if (node.role === 'entry') return BAR_COLOURS.entry;
  return BAR_COLOURS[node.namespace ?? 'local'];
}

/**
 * The trace as a waterfall: each segment, subsegment or span is a bar placed by its start and end,
 * indented under its parent, so that a learner sees where the time went and which hop called which.
 */
export function WaterfallChart({
  nodes,
  selectedId,
  onSelect,
}: {
  nodes: TraceNode[];
  selectedId?: string;
  onSelect: (node: TraceNode) => void;
}) {
  if (nodes.length === 0) {
    return <p className="text-slate-600">No segment documents or spans were caught for this trace (only its log lines).</p>;
  }
  const start = Math.min(...nodes.map((node) => node.startSeconds));
  const end = Math.max(...nodes.map((node) => node.endSeconds ?? node.startSeconds));
  const total = Math.max(end - start, 0.001);
  return (
    <ol aria-label="Waterfall" className="space-y-1">
      {nodes.map((node) => {
        const left = ((node.startSeconds - start) / total) * 100;
        const width = Math.max((((node.endSeconds ?? end) - node.startSeconds) / total) * 100, 0.5);
        const durationMs = node.endSeconds === undefined ? undefined : (node.endSeconds - node.startSeconds) * 1000;
        return (
          <li key={`${node.mode}:${node.id}`}>
            <button
              type="button"
              onClick={() => onSelect(node)}
              aria-pressed={node.id === selectedId}
              className={`grid w-full grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-center gap-3 rounded px-2 py-1 text-left text-sm hover:bg-slate-50 ${node.id === selectedId ? 'bg-brand-50 ring-1 ring-brand-600' : ''}`}
            >
              <span className="truncate" style={{ paddingLeft: `${node.depth * 1.25}rem` }}>
                <span className="font-medium text-slate-900">{node.name}</span>
                {node.mode === 'otel' && node.role === 'entry' && (
                  <span className="ml-2 text-xs text-brand-700">{node.service}</span>
                )}
                {node.role === 'sql' && <span className="ml-2 text-xs text-sky-700">SQL</span>}
                {node.mode === 'xray'
                  ? node.namespace && <span className="ml-2 text-xs text-slate-500">{node.namespace}</span>
                  : node.kind !== 'internal' && <span className="ml-2 text-xs text-slate-500">{node.kind}</span>}
                {node.inProgress && <span className="ml-2 text-xs text-amber-700">in progress</span>}
              </span>
              <span className="relative h-5 rounded bg-slate-100">
                <span
                  className={`absolute top-0 h-5 rounded ${barColour(node)}`}
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
