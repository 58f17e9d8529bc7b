import { type APIRequestContext, expect } from '@playwright/test';
import type { CaughtTrace } from '../../frontend/src/lib/telemetry/lab-api';
import type { SegmentDocument } from '../../frontend/src/lib/telemetry/segments';
import { type KnownValues, type TraceShape, nodesOf, shapeOf } from './trace-shape';

export async function capturedTraces(request: APIRequestContext): Promise<CaughtTrace[]> {
  const response = await request.get('/_launcher/telemetry/traces?limit=200');
  expect(response.ok(), `the launcher's telemetry API answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { traces: CaughtTrace[] }).traces;
}

export async function capturedTrace(request: APIRequestContext, traceId: string): Promise<CaughtTrace> {
  const response = await request.get(`/_launcher/telemetry/traces/${traceId}`);
  expect(response.ok(), `trace ${traceId} answered ${response.status()}`).toBe(true);
  return (await response.json()) as CaughtTrace;
}

/** A document and every subsegment in it, however deeply nested. */
export function entities(document: SegmentDocument): SegmentDocument[] {
  return [document, ...(document.subsegments ?? []).flatMap(entities)];
}

export function allEntities(trace: CaughtTrace): SegmentDocument[] {
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
          nodesOf(trace).some((node) => node.role === 'entry' && node.parentId === undefined && node.http?.userAgent === userAgent),
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
