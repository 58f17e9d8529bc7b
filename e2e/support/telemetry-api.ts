import { type APIRequestContext, expect } from '@playwright/test';

/** An X-Ray segment or subsegment document as the launcher's local daemon received it. */
export interface SegmentDocument {
  name: string;
  id: string;
  trace_id?: string;
  parent_id?: string;
  namespace?: string;
  http?: { request?: { method?: string; url?: string } };
  annotations?: Record<string, string | number | boolean>;
  aws?: { operation?: string };
  sql?: unknown;
  subsegments?: SegmentDocument[];
}

export interface CapturedTrace {
  traceId: string;
  segmentDocuments: SegmentDocument[];
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
