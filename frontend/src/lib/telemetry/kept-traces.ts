'use client';

import { useSyncExternalStore } from 'react';
import { type CaughtTrace, parseTraceId } from './lab-api';
import { type TraceMode, modesOf, summarizeTrace } from './trace-model';
import { pathOf } from './segments';

/**
 * Traces kept in this browser for comparison (O-COMP-01). The launcher runs one observability mode at
 * a time and keeps recent traces only, so to set an X-Ray trace beside an OpenTelemetry one of the same
 * request, the learner keeps the first before restarting the shop in the other mode. Each is kept as the
 * launcher sent it (the raw documents), with its modes, the request and when it was kept.
 */

const KEPT_TRACES_KEY = 'o11y-shop.lab.kept-traces';

/** A handful: enough for a few requests in both modes, and well inside localStorage's few megabytes. */
export const MAX_KEPT = 6;

export interface KeptTrace {
  traceId: string;
  keptAt: string;
  modes: TraceMode[];
  /** The request, e.g. `GET /api/catalog/products/7`, or the trace ID when it has none. */
  label: string;
  trace: CaughtTrace;
}

export type KeepResult = { kept: true; dropped?: KeptTrace } | { kept: false; reason: string };

const EMPTY: readonly KeptTrace[] = [];
const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cached: readonly KeptTrace[] = EMPTY;

function isKept(value: unknown): value is KeptTrace {
  const kept = value as KeptTrace;
  return (
    typeof kept === 'object' &&
    kept !== null &&
    parseTraceId(kept.traceId) !== null &&
    typeof kept.keptAt === 'string' &&
    typeof kept.label === 'string' &&
    Array.isArray(kept.modes) &&
    typeof kept.trace === 'object' &&
    kept.trace !== null &&
    Array.isArray(kept.trace.segmentDocuments) &&
    Array.isArray(kept.trace.logLines)
  );
}

function read(): string | null {
  try {
    return localStorage.getItem(KEPT_TRACES_KEY);
  } catch {
    return null;
  }
}

/** The kept traces, most recently kept first. */
export function getKeptTraces(): readonly KeptTrace[] {
  const raw = read();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      const stored: unknown = raw === null ? [] : JSON.parse(raw);
      // whatever an older version or another script left there must not break the Lab
      cached = Array.isArray(stored) ? stored.filter(isKept).slice(0, MAX_KEPT) : EMPTY;
    } catch {
      cached = EMPTY;
    }
  }
  return cached;
}

export function findKeptTrace(traceId: string): KeptTrace | undefined {
  return getKeptTraces().find((kept) => kept.traceId === traceId);
}

function save(next: readonly KeptTrace[]): string | undefined {
  try {
    if (next.length === 0) {
      localStorage.removeItem(KEPT_TRACES_KEY);
    } else {
      localStorage.setItem(KEPT_TRACES_KEY, JSON.stringify(next));
    }
  } catch (error) {
    return (error as { name?: unknown } | null)?.name === 'QuotaExceededError'
      ? 'the browser’s storage for this site is full'
      : 'this browser does not let the page store data';
  }
  for (const listener of listeners) listener();
  return undefined;
}

/**
 * Keeps a trace, first in the list; the same trace kept again replaces the older copy. With
 * {@link MAX_KEPT} kept already, the one kept longest ago makes room and is answered as `dropped`.
 */
export function keepTrace(trace: CaughtTrace, now: Date = new Date()): KeepResult {
  const summary = summarizeTrace(trace);
  const entry: KeptTrace = {
    traceId: trace.traceId,
    keptAt: now.toISOString(),
    modes: modesOf(trace),
    label: summary.method ? `${summary.method} ${pathOf(summary.url)}` : trace.traceId,
    trace,
  };
  const others = getKeptTraces().filter((kept) => kept.traceId !== trace.traceId);
  const next = [entry, ...others].slice(0, MAX_KEPT);
  const dropped = others.length >= MAX_KEPT ? others[others.length - 1] : undefined;
  const failure = save(next);
  if (failure) return { kept: false, reason: failure };
  return dropped ? { kept: true, dropped } : { kept: true };
}

export function forgetKeptTrace(traceId: string): void {
  save(getKeptTraces().filter((kept) => kept.traceId !== traceId));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // kept or removed in another tab
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEPT_TRACES_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useKeptTraces(): readonly KeptTrace[] {
  return useSyncExternalStore(subscribe, getKeptTraces, () => EMPTY);
}
