/**
 * Reads the telemetry the local launcher caught (launcher/…/TelemetryApi.java): segment documents as
 * the X-Ray SDK sent them, spans, metrics and log records as OTLP JSON, and log and EMF lines as the
 * services printed them. Only the embedded run has this API; in AWS the same data is in X-Ray and CloudWatch.
 */
import { requestJson } from '../api';
import type { EmfDocument } from './emf';
import type { OtlpLogDocument, OtlpSpanDocument } from './otlp';
import type { OtlpMetricDocument } from './otlp-metrics';
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

/** A log line as printed (mode `xray`), or an OTLP log record that carried the trace's ID (mode `otel`). */
export type TraceLogLine = LogLine | OtlpLogDocument;

/**
 * One trace as the launcher caught it. `segmentDocuments` come from the X-Ray SDK, `spans` (one OTLP
 * JSON document per span) from OpenTelemetry; a launcher older than the OTLP receiver sends no `spans`.
 */
export interface CaughtTrace {
  traceId: string;
  firstSeen: string;
  segmentDocuments: SegmentDocument[];
  spans?: OtlpSpanDocument[];
  logLines: TraceLogLine[];
}

export interface MetricLine {
  source: string;
  seen: string;
  document: EmfDocument;
}

/** One OTLP metric, as exported (mode `otel`), and when the launcher received it. */
export interface OtlpMetricItem {
  seen: string;
  document: OtlpMetricDocument;
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

/** The OTLP metrics, newest first. */
export function listOtlpMetrics(limit: number, signal?: AbortSignal): Promise<{ metrics: OtlpMetricItem[] }> {
  return requestJson(`${TELEMETRY_BASE}/otlp/metrics?limit=${limit}`, { signal });
}

/**
 * A trace ID as the launcher names traces: X-Ray's form (`1-` eight hex digits of time, `-` 24 hex
 * digits), or — for an OpenTelemetry trace ID not made by the X-Ray ID generator — 32 hex digits.
 */
export function parseTraceId(value: string | null): string | null {
  return value && /^(?:1-[0-9a-f]{8}-[0-9a-f]{24}|[0-9a-f]{32})$/.test(value) ? value : null;
}

export function traceHref(traceId: string): string {
  return `/lab/trace?id=${encodeURIComponent(traceId)}`;
}
