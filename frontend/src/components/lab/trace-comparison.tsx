'use client';

import { useState } from 'react';
import { type ComparedRow, pairNodes } from '@/lib/telemetry/compare';
import type { CaughtTrace } from '@/lib/telemetry/lab-api';
import { pathOf } from '@/lib/telemetry/segments';
import {
  type TraceNode,
  durationMsOf,
  fromTrace,
  modesOf,
  payloadOf,
  summarizeNodes,
} from '@/lib/telemetry/trace-model';
import { ModeBadges } from './mode-badge';
import { OutcomeBadge } from './outcome-badge';
import { AttributeTable, Chips } from './span-details';

function kindOf(node: TraceNode): string {
  if (node.mode === 'xray') return node.namespace ? `${node.kind} · ${node.namespace}` : node.kind;
  return node.kind.toUpperCase();
}

function formatMs(ms: number | undefined): string {
  return ms === undefined ? '…' : `${ms.toFixed(1)} ms`;
}

function bytes(count: number): string {
  return `${count.toLocaleString('en')} B`;
}

/** One side's summary: who traced it, the request, and how much telemetry it made. */
function SideSummary({ side, trace, nodes }: { side: string; trace: CaughtTrace; nodes: TraceNode[] }) {
  const summary = summarizeNodes(trace.traceId, nodes);
  const payload = payloadOf(trace);
  return (
    <section aria-label={`${side} trace`} className="rounded-lg border border-slate-200 p-4 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-xs uppercase text-slate-500">{side}</span>
        <ModeBadges modes={modesOf(trace)} />
        <OutcomeBadge outcome={summary.outcome} status={summary.status} />
      </p>
      <p className="mt-2 font-semibold text-slate-900">
        {summary.method ? `${summary.method} ${pathOf(summary.url)}` : 'Trace'}
      </p>
      <p className="font-mono text-xs text-slate-500">{trace.traceId}</p>
      <dl className="mt-2 grid grid-cols-[9rem_minmax(0,1fr)] gap-x-2 gap-y-1">
        <dt className="text-slate-500">Nodes</dt>
        <dd>{nodes.length}</dd>
        <dt className="text-slate-500">Duration</dt>
        <dd>{summary.durationMs === undefined ? '—' : `${summary.durationMs} ms`}</dd>
        <dt className="text-slate-500">Services</dt>
        <dd>{summary.services.join(' → ') || '—'}</dd>
        <dt className="text-slate-500">Payload</dt>
        <dd>
          <span className="font-medium">{payload.bytes.toLocaleString('en')} bytes</span> of JSON in {payload.documents}{' '}
          document{payload.documents === 1 ? '' : 's'}
          {payload.repeatedBytes > 0 && (
            <span className="block text-xs text-slate-500">
              {payload.repeatedBytes.toLocaleString('en')} bytes of it are the resource and scope each span document
              repeats; an OTLP export sends them once per batch.
            </span>
          )}
        </dd>
      </dl>
    </section>
  );
}

function NodeCell({ node, other }: { node?: TraceNode; other: 'left' | 'right' }) {
  if (!node) {
    return <span className="italic text-slate-400">no counterpart on the {other}</span>;
  }
  return (
    <span className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-2">
      <span className="truncate" style={{ paddingLeft: `${node.depth}rem` }}>
        <span className={`font-medium ${node.outcome === 'fault' ? 'text-red-700' : 'text-slate-900'}`}>{node.name}</span>
        <span className="ml-2 text-xs text-slate-500">
          {node.service} · {kindOf(node)}
        </span>
      </span>
      <span className="text-right text-xs tabular-nums text-slate-600">
        {formatMs(durationMsOf(node))} · {bytes(node.bytes)}
      </span>
    </span>
  );
}

function NodeDetails({ node, side }: { node?: TraceNode; side: string }) {
  if (!node) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-500">
        The {side.toLowerCase()} trace has nothing that matches this node.
      </div>
    );
  }
  return (
    <section aria-label={`${side}: ${node.name}`} className="rounded-lg border border-slate-200 p-4 text-sm">
      <h3 className="font-semibold text-slate-900">{node.name}</h3>
      <p className="text-xs text-slate-500">
        {node.service} · {kindOf(node)} · {formatMs(durationMsOf(node))} · {node.bytes.toLocaleString('en')} bytes of JSON
      </p>
      <h4 className="mt-3 text-xs font-medium uppercase text-slate-500">
        {node.mode === 'xray' ? 'Annotations (indexed)' : 'Annotations (attributes listed in aws.xray.annotations)'}
      </h4>
      {Object.keys(node.annotations).length > 0 ? (
        <p className="mt-1">
          <Chips values={node.annotations} />
        </p>
      ) : (
        <p className="mt-1 text-slate-500">none</p>
      )}
      <h4 className="mt-3 text-xs font-medium uppercase text-slate-500">
        {node.mode === 'xray' ? 'Fields (http, sql, aws, metadata, …)' : 'Attributes'}
      </h4>
      {Object.keys(node.attributes).length > 0 ? (
        <div className="mt-1">
          <AttributeTable attributes={node.attributes} label={`${side} attributes`} />
        </div>
      ) : (
        <p className="mt-1 text-slate-500">none</p>
      )}
      {node.exceptions.length > 0 && (
        <>
          <h4 className="mt-3 text-xs font-medium uppercase text-slate-500">Exceptions</h4>
          {node.exceptions.map((exception, index) => (
            <p key={index} className="text-red-800">
              {exception.type}: {exception.message}
            </p>
          ))}
        </>
      )}
    </section>
  );
}

/**
 * Two traces side by side: a row per pair of nodes that stand for the same work (the same service, and
 * the same kind of work: the request, a call to the same host, an SQL statement of the same kind, the
 * same AWS operation, the same step), and a row of its own for a node that has no counterpart.
 */
export function TraceComparison({ left, right }: { left: CaughtTrace; right: CaughtTrace }) {
  const leftNodes = fromTrace(left);
  const rightNodes = fromTrace(right);
  const rows = pairNodes(leftNodes, rightNodes);
  const [selected, setSelected] = useState(0);
  const current: ComparedRow | undefined = rows[selected] ?? rows[0];
  const paired = rows.filter((row) => row.left && row.right).length;
  return (
    <div>
      <div className="grid gap-4 md:grid-cols-2">
        <SideSummary side="Left" trace={left} nodes={leftNodes} />
        <SideSummary side="Right" trace={right} nodes={rightNodes} />
      </div>
      <p className="mt-3 text-xs text-slate-500">
        Sizes are of the JSON documents. X-Ray segment documents travel to the daemon as JSON in UDP datagrams, so
        for them that is close to what is sent; OTLP usually travels as protobuf, which is more compact than its JSON,
        so for OpenTelemetry the JSON size is an indicator, not the bytes on the wire.
      </p>
      <h2 className="mt-6 font-semibold text-slate-900">Node by node</h2>
      <p className="mt-1 text-sm text-slate-600">
        {paired} paired · {rows.filter((row) => row.left && !row.right).length} only on the left ·{' '}
        {rows.filter((row) => !row.left && row.right).length} only on the right. Nodes pair up when they are the same
        work in the same service: the request, a call to the same host, an SQL statement of the same kind (SELECT,
        INSERT, …), the same AWS operation, the same business step. Choose a row to compare its attributes.
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-slate-600">Neither trace has segments or spans (only log lines).</p>
      ) : (
        <ol aria-label="Compared nodes" className="mt-3 space-y-1">
          <li className="grid grid-cols-2 gap-4 px-2 text-xs uppercase text-slate-500" aria-hidden="true">
            <span>Left · duration · own size</span>
            <span>Right · duration · own size</span>
          </li>
          {rows.map((row, index) => (
            <li key={index}>
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-pressed={index === selected}
                className={`grid w-full grid-cols-2 gap-4 rounded px-2 py-1 text-left text-sm hover:bg-slate-50 ${row.left && row.right ? '' : 'bg-amber-50'} ${index === selected ? 'ring-1 ring-brand-600' : ''}`}
              >
                <NodeCell node={row.left} other="left" />
                <NodeCell node={row.right} other="right" />
              </button>
            </li>
          ))}
        </ol>
      )}
      {current && (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <NodeDetails node={current.left} side="Left" />
          <NodeDetails node={current.right} side="Right" />
        </div>
      )}
    </div>
  );
}
