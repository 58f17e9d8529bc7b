/**
 * X-Ray segment documents as the SDK sends them to the daemon, and the shapes the Lab draws from them.
 * The field names follow the X-Ray segment document specification; only what the Lab shows is typed.
 */

export interface HttpInfo {
  request?: { method?: string; url?: string; traced?: boolean };
  response?: { status?: number; content_length?: number };
}

export interface SqlInfo {
  url?: string;
  sanitized_query?: string;
  database_type?: string;
  database_version?: string;
}

export interface Cause {
  exceptions?: { message?: string; type?: string }[];
}

/** A segment or subsegment document, or a subsegment nested in one. */
export interface SegmentDocument {
  name: string;
  id: string;
  trace_id?: string;
  parent_id?: string;
  type?: 'subsegment';
  start_time: number;
  end_time?: number;
  in_progress?: boolean;
  namespace?: 'aws' | 'remote';
  origin?: string;
  user?: string;
  http?: HttpInfo;
  sql?: SqlInfo;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: Cause | string;
  annotations?: Record<string, string | number | boolean>;
  metadata?: Record<string, unknown>;
  subsegments?: SegmentDocument[];
}

/** One bar of the waterfall: a segment or subsegment, placed under its parent. */
export interface Span {
  id: string;
  parentId?: string;
  name: string;
  /** The service whose segment this is, or contains it. */
  service: string;
  kind: 'segment' | 'subsegment';
  namespace?: 'aws' | 'remote';
  startSeconds: number;
  endSeconds?: number;
  depth: number;
  document: SegmentDocument;
}

export type Outcome = 'ok' | 'error' | 'fault' | 'throttle';

export function outcomeOf(document: SegmentDocument): Outcome {
  if (document.fault) return 'fault';
  if (document.throttle) return 'throttle';
  if (document.error) return 'error';
  return 'ok';
}

/**
 * Every segment and subsegment of a trace, each under its parent and in start order: a subsegment sent
 * on its own names its parent by `parent_id`, a nested one is found inside its parent, and the
 * downstream service's segment hangs under the HTTP call that reached it. A document sent twice (in
 * progress, then complete) counts once, as its latest version.
 */
export function waterfall(documents: SegmentDocument[]): Span[] {
  const byId = new Map<string, Placed>();
  for (const document of documents) {
    collect(document, document.parent_id, document.type !== 'subsegment', byId);
  }
  const children = new Map<string | undefined, Placed[]>();
  for (const span of byId.values()) {
    const parentKey = span.parentId !== undefined && byId.has(span.parentId) ? span.parentId : undefined;
    children.set(parentKey, [...(children.get(parentKey) ?? []), span]);
  }
  const ordered: Span[] = [];
  const visit = (parentKey: string | undefined, parentService: string, depth: number) => {
    const spans = [...(children.get(parentKey) ?? [])].sort((a, b) => a.startSeconds - b.startSeconds);
    for (const span of spans) {
      const service = span.kind === 'segment' ? span.name : parentService;
      ordered.push({ ...span, service, depth });
      visit(span.id, service, depth + 1);
    }
  };
  visit(undefined, '', 0);
  return ordered;
}

type Placed = Omit<Span, 'depth' | 'service'>;

function collect(document: SegmentDocument, parentId: string | undefined, isSegment: boolean, into: Map<string, Placed>) {
  into.set(document.id, {
    id: document.id,
    parentId,
    name: document.name,
    kind: isSegment ? 'segment' : 'subsegment',
    namespace: document.namespace,
    startSeconds: document.start_time,
    endSeconds: document.end_time,
    document,
  });
  for (const subsegment of document.subsegments ?? []) {
    collect(subsegment, document.id, false, into);
  }
}

/** The one-line view of a trace in the Lab's list: its entry segment, what it served, how it ended. */
export interface TraceSummary {
  traceId: string;
  service: string;
  method?: string;
  url?: string;
  status?: number;
  outcome: Outcome;
  startSeconds?: number;
  durationMs?: number;
  services: string[];
  spanCount: number;
}

export function summarize(traceId: string, documents: SegmentDocument[]): TraceSummary {
  const spans = waterfall(documents);
  const entry = spans.find((span) => span.depth === 0 && span.kind === 'segment') ?? spans[0];
  const services = [...new Set(spans.filter((span) => span.kind === 'segment').map((span) => span.service))];
  if (!entry) {
    return { traceId, service: '—', outcome: 'ok', services, spanCount: 0 };
  }
  const document = entry.document;
  return {
    traceId,
    service: entry.service,
    method: document.http?.request?.method,
    url: document.http?.request?.url,
    status: document.http?.response?.status,
    outcome: outcomeOf(document),
    startSeconds: entry.startSeconds,
    durationMs: entry.endSeconds === undefined ? undefined : Math.round((entry.endSeconds - entry.startSeconds) * 1000),
    services,
    spanCount: spans.length,
  };
}

/** The path of a URL, for a compact list; the URL as it is when it cannot be parsed. */
export function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
