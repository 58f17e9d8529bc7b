/**
 * Reads the telemetry the local launcher caught (launcher/…/TelemetryApi.java): segment documents as
 * the X-Ray SDK sent them, and log and EMF lines as the services printed them. Only the embedded run
 * has this API; in AWS the same data is in X-Ray and CloudWatch.
 */
import { requestJson } from '../api';
import type { EmfDocument } from './emf';
import type { SegmentDocument } from './segments';

const TELEMETRY_BASE = '/_launcher/telemetry';

/** A service's JSON log line (O-LOG-01); the fields every line has, and whatever else it carries. */
export interface LogLine {
  timestamp: string;
  level: string;
  service: string;
  logger: string;
  message: string;
  trace_id?: string;
  span_id?: string;
  request_id?: string;
  user_id?: string;
  exception?: string;
  [field: string]: unknown;
}

export interface CaughtTrace {
  traceId: string;
  firstSeen: string;
  segmentDocuments: SegmentDocument[];
  logLines: LogLine[];
}

export interface MetricLine {
  source: string;
  seen: string;
  document: EmfDocument;
}

export function listTraces(limit: number, signal?: AbortSignal): Promise<{ traces: CaughtTrace[] }> {
  return requestJson(`${TELEMETRY_BASE}/traces?limit=${limit}`, { signal });
}

export function getTrace(traceId: string, signal?: AbortSignal): Promise<CaughtTrace> {
  return requestJson(`${TELEMETRY_BASE}/traces/${encodeURIComponent(traceId)}`, { signal });
}

export function listMetricLines(limit: number, signal?: AbortSignal): Promise<{ metricLines: MetricLine[] }> {
  return requestJson(`${TELEMETRY_BASE}/metrics?limit=${limit}`, { signal });
}

/** An X-Ray trace ID: `1-` eight hex digits of time, `-` 24 hex digits. */
export function parseTraceId(value: string | null): string | null {
  return value && /^1-[0-9a-f]{8}-[0-9a-f]{24}$/.test(value) ? value : null;
}

export function traceHref(traceId: string): string {
  return `/lab/trace?id=${encodeURIComponent(traceId)}`;
}
