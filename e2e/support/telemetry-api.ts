import { type APIRequestContext, expect } from '@playwright/test';
import { type KnownValues, type TraceShape, nodesOf, shapeOf } from './trace-shape';

/** An X-Ray segment or subsegment document as the launcher's local daemon received it. */
export interface SegmentDocument {
  name: string;
  id: string;
  trace_id?: string;
  parent_id?: string;
  namespace?: string;
  annotations?: Record<string, string | number | boolean>;
  type?: 'subsegment';
  in_progress?: boolean;
  user?: string;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: { exceptions?: Array<{ type?: string; message?: string }> } | string;
  metadata?: Record<string, unknown>;
  http?: { request?: { method?: string; url?: string; user_agent?: string }; response?: { status?: number } };
  aws?: { operation?: string; queue_url?: string };
  sql?: { sanitized_query?: string; url?: string };
  subsegments?: SegmentDocument[];
}

/** An OTLP attribute value (OTLP JSON: 64-bit integers are strings, arrays are `{values: […]}`). */
export interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number | string;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
}

export interface KeyValue {
  key: string;
  value?: AnyValue;
}

/** One OTLP span as the launcher keeps it (launcher/…/telemetry/OtlpDocuments.java): IDs in hex, enums as numbers. */
export interface OtlpSpanDocument {
  source?: 'otlp';
  resource?: { attributes?: KeyValue[] };
  scope?: { name?: string; version?: string };
  span: {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    /** 1 INTERNAL, 2 SERVER, 3 CLIENT, 4 PRODUCER, 5 CONSUMER; absent is 0, unspecified. */
    kind?: number;
    startTimeUnixNano?: string;
    endTimeUnixNano?: string;
    attributes?: KeyValue[];
    /** 1 OK, 2 ERROR; absent is unset. */
    status?: { code?: number; message?: string };
    events?: Array<{ name?: string; attributes?: KeyValue[] }>;
  };
}

export interface CapturedTrace {
  traceId: string;
  segmentDocuments: SegmentDocument[];
  /** OpenTelemetry spans (mode otel); empty in mode xray, as segmentDocuments are in mode otel. */
  spans: OtlpSpanDocument[];
  logLines: Array<Record<string, unknown>>;
}

export async function capturedTraces(request: APIRequestContext): Promise<CapturedTrace[]> {
  const response = await request.get('/_launcher/telemetry/traces?limit=200');
  expect(response.ok(), `the launcher's telemetry API answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { traces: CapturedTrace[] }).traces;
}

export async function capturedTrace(request: APIRequestContext, traceId: string): Promise<CapturedTrace> {
  const response = await request.get(`/_launcher/telemetry/traces/${traceId}`);
  expect(response.ok(), `trace ${traceId} answered ${response.status()}`).toBe(true);
  return (await response.json()) as CapturedTrace;
}

/** A document and every subsegment in it, however deeply nested. */
export function entities(document: SegmentDocument): SegmentDocument[] {
  return [document, ...(document.subsegments ?? []).flatMap(entities)];
}

export function allEntities(trace: CapturedTrace): SegmentDocument[] {
  return trace.segmentDocuments.flatMap(entities);
}

/**
 * The trace of the one request that was sent with this User-Agent: the trace whose root entry (an X-Ray
 * segment, an OpenTelemetry SERVER span) served it. Both approaches record the User-Agent of a request
 * they serve, and a fresh one per request tells it apart from any other request's trace, however late
 * that one's documents or spans arrive.
 */
export async function traceIdOfRequest(request: APIRequestContext, userAgent: string, timeout = 20_000): Promise<string> {
  let traceId = '';
  await expect
    .poll(
      async () => {
        const found = (await capturedTraces(request)).find((trace) =>
          nodesOf(trace).some((node) => node.kind === 'entry' && node.parentId === undefined && node.userAgent === userAgent),
        );
        traceId = found?.traceId ?? '';
        return traceId;
      },
      { timeout, message: `the trace of the request sent as "${userAgent}"` },
    )
    .not.toBe('');
  return traceId;
}

/**
 * The shape of a trace once it is complete and settled: nothing `missing` names is missing, and two reads
 * 2 s apart gave the same shape (the services send their segments and spans when each ends, and
 * OpenTelemetry's batch processor waits up to 5 s).
 */
export async function settledShape(
  request: APIRequestContext,
  traceId: string,
  known: KnownValues,
  missing: (shape: TraceShape) => string[],
  timeout = 45_000,
): Promise<TraceShape> {
  let previous = '';
  let shape: TraceShape | undefined;
  await expect
    .poll(
      async () => {
        shape = shapeOf(await capturedTrace(request, traceId), known);
        const json = JSON.stringify(shape);
        const stillMissing = missing(shape);
        const settled = stillMissing.length === 0 && json === previous;
        previous = json;
        return settled ? [] : stillMissing.length > 0 ? stillMissing : ['(still changing)'];
      },
      { timeout, intervals: [2_000], message: `what trace ${traceId} still lacks` },
    )
    .toEqual([]);
  return shape!;
}
