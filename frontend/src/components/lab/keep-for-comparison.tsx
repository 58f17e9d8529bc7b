'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { CaughtTrace } from '@/lib/telemetry/lab-api';
import { MAX_KEPT, keepTrace, useKeptTraces } from '@/lib/telemetry/kept-traces';
import { compareHref } from '@/lib/telemetry/compare-links';

/**
 * Keeps the trace in this browser, to set it beside the same request traced in the other mode after the
 * shop is restarted with another `--observability` (the launcher keeps recent traces of one run only).
 */
export function KeepForComparison({ trace }: { trace: CaughtTrace }) {
  const kept = useKeptTraces();
  const [message, setMessage] = useState<string | undefined>();
  const isKept = kept.some((entry) => entry.traceId === trace.traceId);

  const keep = () => {
    const result = keepTrace(trace);
    if (!result.kept) {
      setMessage(`Could not keep it: ${result.reason}.`);
    } else if (result.dropped) {
      setMessage(`Kept. ${MAX_KEPT} traces at most are kept: ${result.dropped.label} made room.`);
    } else {
      setMessage(undefined);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        onClick={keep}
        className="rounded-md border border-brand-600 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
      >
        {isKept ? 'Keep again (replace the kept copy)' : 'Keep for comparison'}
      </button>
      {isKept ? (
        <Link href={compareHref({ left: `kept:${trace.traceId}` })} className="text-brand-700 hover:underline">
          Kept in this browser — compare it →
        </Link>
      ) : (
        <Link href={compareHref({ right: trace.traceId })} className="text-brand-700 hover:underline">
          Compare with a kept trace →
        </Link>
      )}
      {message && (
        <p role="status" className="w-full text-slate-600">
          {message}
        </p>
      )}
    </div>
  );
}
