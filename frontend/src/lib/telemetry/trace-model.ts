/**
 * One model of a trace for both approaches, so that the Lab draws, details and compares them alike: a
 * node per X-Ray segment or subsegment (mode `xray`) and per OpenTelemetry span (mode `otel`), each with
 * its service, its place in the tree, its timing, how it ended, and what it says about HTTP, SQL, AWS
 * calls and messaging — plus the document it came from, unchanged, for the learner to read. e2e's parity
 * spec compares the two approaches on this model (e2e/support/trace-shape.ts).
 *
 * | what                | X-Ray SDK                                        | OpenTelemetry                                          |
 * |---------------------|--------------------------------------------------|--------------------------------------------------------|
 * | a service's work    | a segment named after the service                | a SERVER or CONSUMER span, resource `service.name`     |
 * | a business step     | a subsegment without a namespace                 | an INTERNAL span                                       |
 * | a call to a service | a `remote` subsegment named after the host       | a CLIENT span named after the method                   |
 * | an SQL statement    | a subsegment with `sql.sanitized_query`          | a CLIENT span with `db.query.text`                     |
 * | an AWS call         | an `aws` subsegment `Sqs`, `aws.operation`       | `rpc.service` `Sqs`, `rpc.method` (CLIENT/PRODUCER)    |
 * | annotations         | `annotations`                                    | attributes listed in `aws.xray.annotations`            |
 * | metadata            | `metadata.default`                               | the shop's spans' other attributes                     |
 * | the user            | `user`                                           | `enduser.id`                                           |
 * | a failure           | `fault`/`error`/`throttle` + `cause.exceptions`  | the HTTP status, else status ERROR; `exception` events |
 */
import type { CaughtTrace } from './lab-api';
import {
  type AttributeValue,
  type OtlpSpanDocument,
  type SpanKind,
  decodeAttributes,
  nanosToSeconds,
  serviceNameOf,
  spanKindOf,
  statusCodeOf,
} from './otlp';
import { type Outcome, type SegmentDocument, outcomeOf } from './segments';

export type TraceMode = 'xray' | 'otel';

/**
 * What a node stands for, in either model: the work a service does for a request or a message (an
 * X-Ray segment; an OTel SERVER or CONSUMER span), a call to another service, an SQL statement, an AWS
 * API call, a message sent, or a step of the service's own.
 */
export type NodeRole = 'entry' | 'http' | 'sql' | 'aws' | 'messaging' | 'step';

export interface HttpDetails {
  method?: string;
  url?: string;
  route?: string;
  status?: number;
  /** The host called (a call to another service). */
  host?: string;
  /** The User-Agent of a request served. */
  userAgent?: string;
}

export interface SqlDetails {
  query?: string;
  /** SELECT, INSERT, …: the statement's first word. */
  operation?: string;
  system?: string;
  database?: string;
  version?: string;
  url?: string;
}

export interface AwsDetails {
  service?: string;
  operation?: string;
  region?: string;
  requestId?: string;
  /** The queue URL, bucket or table the call was about. */
  resource?: string;
}

export interface MessagingDetails {
  system?: string;
  destination?: string;
  operation?: string;
}

export interface ExceptionDetails {
  type?: string;
  message?: string;
  stacktrace?: string;
}

export type AnnotationValue = string | number | boolean;

export interface TraceNode {
  id: string;
  parentId?: string;
  mode: TraceMode;
  /** The service that did the work: the segment's name, or the span's resource `service.name`. */
  service: string;
  name: string;
  /** As its own model names it: `segment`/`subsegment`, or the span kind (`server`, `client`, …). */
  kind: 'segment' | 'subsegment' | SpanKind;
  role: NodeRole;
  /** X-Ray's namespace, or what it would be for a span: `remote` for a call, `aws` for an AWS service. */
  namespace?: 'aws' | 'remote';
  startSeconds: number;
  endSeconds?: number;
  inProgress: boolean;
  depth: number;
  outcome: Outcome;
  http?: HttpDetails;
  sql?: SqlDetails;
  aws?: AwsDetails;
  messaging?: MessagingDetails;
  user?: string;
  /** X-Ray annotations; for a span, the attributes `aws.xray.annotations` names (indexed in X-Ray). */
  annotations: Record<string, AnnotationValue>;
  /**
   * What the shop's code recorded beside the annotations, as X-Ray keeps it as metadata: a segment's
   * metadata (keys of the namespace `default` as they are, others as `namespace.key`), or the other
   * attributes of a span the shop made itself (instrumentation scope `o11yshop.…`).
   */
  metadata: Record<string, unknown>;
  /**
   * Everything else the node carries, flattened to dotted keys: a span's attributes as they are, a
   * segment's `http`, `sql`, `aws`, `metadata`, … fields as `http.request.method`, `sql.url`, ….
   */
  attributes: Record<string, unknown>;
  exceptions: ExceptionDetails[];
  /** A span's status message. */
  statusMessage?: string;
  /** The OTel instrumentation that made the span (`io.opentelemetry.jdbc`, …). */
  scope?: string;
  /** The document as it came: the (sub)segment, or the whole OTLP span document. */
  document: SegmentDocument | OtlpSpanDocument;
  /**
   * The node's own size in JSON bytes: the (sub)segment without the subsegments nested in it, or the
   * span without the resource and scope it was exported under.
   */
  bytes: number;
}

/** A node before it is placed in the tree: an X-Ray subsegment learns its service from its segment. */
type Unplaced = Omit<TraceNode, 'depth' | 'service' | 'role'> & {
  service?: string;
  role: NodeRole | 'entry-if-root';
};

const encoder = new TextEncoder();

/** The size of a value as compact JSON, in UTF-8 bytes. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

// ---------------------------------------------------------------------------------------------------
// X-Ray segment documents

const SEGMENT_STRUCTURE = new Set([
  'name',
  'id',
  'trace_id',
  'parent_id',
  'type',
  'start_time',
  'end_time',
  'in_progress',
  'namespace',
  'annotations',
  'subsegments',
]);

/**
 * The nodes of X-Ray segment documents: every segment and subsegment, nested or sent on its own, each
 * under its parent and in start order; the downstream service's segment under the call that reached it.
 * A document sent twice (in progress, then complete) counts once, as its latest version.
 */
export function fromSegments(documents: SegmentDocument[]): TraceNode[] {
  return arrange(unplacedSegments(documents));
}

function unplacedSegments(documents: SegmentDocument[]): Unplaced[] {
  const nodes: Unplaced[] = [];
  const collect = (document: SegmentDocument, parentId: string | undefined, isSegment: boolean) => {
    nodes.push(segmentNode(document, parentId, isSegment));
    for (const subsegment of document.subsegments ?? []) {
      collect(subsegment, document.id, false);
    }
  };
  for (const document of documents) {
    collect(document, document.parent_id, document.type !== 'subsegment');
  }
  return nodes;
}

function segmentNode(document: SegmentDocument, parentId: string | undefined, isSegment: boolean): Unplaced {
  // the node's own fields: its nested subsegments are nodes of their own
  const own: Partial<SegmentDocument> = { ...document };
  delete own.subsegments;
  const aws = document.aws ?? {};
  const role: NodeRole = isSegment
    ? 'entry'
    : document.sql
      ? 'sql'
      : document.namespace === 'aws'
        ? 'aws'
        : document.namespace === 'remote'
          ? 'http'
          : 'step';
  const request = document.http?.request;
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(own)) {
    if (!SEGMENT_STRUCTURE.has(key)) flatten(key, value, attributes);
  }
  return {
    id: document.id,
    parentId,
    mode: 'xray',
    service: isSegment ? document.name : undefined,
    name: document.name,
    kind: isSegment ? 'segment' : 'subsegment',
    role,
    namespace: document.namespace,
    startSeconds: document.start_time,
    endSeconds: document.end_time,
    inProgress: document.in_progress === true,
    outcome: outcomeOf(document),
    http: document.http
      ? {
          method: request?.method,
          url: request?.url,
          status: document.http.response?.status,
          host: role === 'http' ? (hostOf(request?.url) ?? document.name) : undefined,
          userAgent: request?.user_agent,
        }
      : role === 'http'
        ? { host: document.name }
        : undefined,
    sql: document.sql
      ? {
          query: document.sql.sanitized_query,
          operation: firstWord(document.sql.sanitized_query),
          system: document.sql.database_type,
          // the SDK names the subsegment <database>@<host>
          database: document.name.includes('@') ? document.name.slice(0, document.name.indexOf('@')) : undefined,
          version: document.sql.database_version,
          url: document.sql.url,
        }
      : undefined,
    aws:
      role === 'aws'
        ? {
            service: document.name,
            operation: stringOf(aws.operation),
            region: stringOf(aws.region),
            requestId: stringOf(aws.request_id),
            resource:
              stringOf(aws.queue_url) ??
              stringOf(aws.table_name) ??
              (aws.bucket_name ? [aws.bucket_name, aws.key].filter(Boolean).join('/') : undefined),
          }
        : undefined,
    user: document.user,
    annotations: { ...(document.annotations ?? {}) },
    metadata: metadataOfSegment(document),
    attributes,
    exceptions: typeof document.cause === 'object' ? (document.cause.exceptions ?? []).map(exceptionOfCause) : [],
    document,
    bytes: jsonBytes(own),
  };
}

function metadataOfSegment(document: SegmentDocument): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  for (const [namespace, values] of Object.entries(document.metadata ?? {})) {
    for (const [key, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
      metadata[namespace === 'default' ? key : `${namespace}.${key}`] = value;
    }
  }
  return metadata;
}


interface CauseException {
  message?: string;
  type?: string;
  stack?: { path?: string; line?: number; label?: string }[];
}

function exceptionOfCause(exception: CauseException): ExceptionDetails {
  return {
    type: exception.type,
    message: exception.message,
    stacktrace: exception.stack?.map((frame) => `at ${frame.label ?? '?'}(${frame.path ?? '?'}:${frame.line ?? '?'})`).join('\n'),
  };
}

function flatten(key: string, value: unknown, into: Record<string, unknown>) {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const [name, inner] of Object.entries(value)) flatten(`${key}.${name}`, inner, into);
  } else {
    into[key] = value;
  }
}

// ---------------------------------------------------------------------------------------------------
// OpenTelemetry spans

const ANNOTATIONS_ATTRIBUTE = 'aws.xray.annotations';
/** The instrumentation scope of the spans the shop's own code makes (platform/…/otel/OtelObservability.java). */
const SHOP_SCOPE = /^o11yshop\./;

/** The nodes of OTLP span documents, each under its parent and in start order. */
export function fromSpans(documents: OtlpSpanDocument[]): TraceNode[] {
  return arrange(unplacedSpans(documents));
}

function unplacedSpans(documents: OtlpSpanDocument[]): Unplaced[] {
  return documents.filter((document) => document?.span?.spanId).map(spanNode);
}

function spanNode(document: OtlpSpanDocument): Unplaced {
  const { span } = document;
  const attributes = decodeAttributes(span.attributes);
  const kind = spanKindOf(span.kind);
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = attributes[key];
      if (value !== undefined && value !== null && value !== '') return String(value);
    }
    return undefined;
  };
  const number = (...keys: string[]) => {
    const value = text(...keys);
    return value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
  };

  // X-Ray indexes only the attributes a span lists; the rest of a shop span's own is its metadata
  const listed = attributes[ANNOTATIONS_ATTRIBUTE];
  const annotationKeys = Array.isArray(listed) ? listed.map(String) : [];
  const isShopSpan = SHOP_SCOPE.test(document.scope?.name ?? '');
  const annotations: Record<string, AnnotationValue> = {};
  const metadata: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (annotationKeys.includes(key) && isAnnotationValue(value)) {
      annotations[key] = value;
      continue;
    }
    rest[key] = value;
    if (isShopSpan && key !== ANNOTATIONS_ATTRIBUTE && value !== null) metadata[key] = value;
  }

  const isAws = text('rpc.system') === 'aws-api';
  const dbSystem = text('db.system.name', 'db.system');
  const messagingSystem = text('messaging.system');
  const method = text('http.request.method', 'http.method');
  const urlFull = text('url.full', 'http.url');
  const path = text('url.path', 'http.target');
  const query = text('url.query');
  const statusCode = number('http.response.status_code', 'http.status_code');
  const serverAddress = text('server.address', 'net.peer.name');
  const serverPort = text('server.port', 'net.peer.port');
  const hasParent = Boolean(span.parentSpanId);

  const role: Unplaced['role'] = isAws
    ? 'aws'
    : dbSystem
      ? 'sql'
      : kind === 'server' || kind === 'consumer'
        ? 'entry'
        : kind === 'producer'
          ? 'messaging'
          : kind === 'client'
            ? 'http'
            : hasParent
              ? 'step'
              : 'entry-if-root';

  const exceptions: ExceptionDetails[] = (span.events ?? [])
    .filter((event) => event.name === 'exception')
    .map((event) => {
      const exception = decodeAttributes(event.attributes);
      const field = (key: string) => (exception[key] === undefined || exception[key] === null ? undefined : String(exception[key]));
      return { type: field('exception.type'), message: field('exception.message'), stacktrace: field('exception.stacktrace') };
    });
  const statusMessage = span.status?.message || undefined;
  const failed = statusCodeOf(span.status?.code) === 'error';
  const dbQuery = text('db.query.text', 'db.statement');

  return {
    id: span.spanId,
    parentId: hasParent ? span.parentSpanId : undefined,
    mode: 'otel',
    service: serviceNameOf(document.resource) ?? 'unknown_service',
    name: span.name,
    kind,
    role,
    namespace: isAws || (messagingSystem === 'aws_sqs' && kind === 'producer') ? 'aws' : kind === 'client' || dbSystem ? 'remote' : undefined,
    startSeconds: nanosToSeconds(span.startTimeUnixNano) ?? 0,
    endSeconds: nanosToSeconds(span.endTimeUnixNano),
    inProgress: false,
    outcome: spanOutcome(statusCode, failed, exceptions.length > 0),
    http:
      method || statusCode !== undefined || urlFull || path
        ? {
            method,
            url: urlFull ?? (path ? (query ? `${path}?${query}` : path) : undefined),
            route: text('http.route'),
            status: statusCode,
            host: kind === 'client' && !isAws && !dbSystem ? (serverAddress ?? hostOf(urlFull)) : undefined,
            userAgent: kind === 'server' ? text('user_agent.original', 'http.user_agent') : undefined,
          }
        : kind === 'client' && !isAws && !dbSystem && serverAddress
          ? { host: serverAddress }
          : undefined,
    sql: dbSystem
      ? {
          query: dbQuery,
          operation: text('db.operation.name', 'db.operation')?.toUpperCase() ?? firstWord(dbQuery) ?? firstWord(span.name),
          system: dbSystem,
          database: text('db.namespace', 'db.name'),
          url: serverAddress ? [serverAddress, serverPort].filter(Boolean).join(':') : text('db.connection_string'),
        }
      : undefined,
    aws: isAws
      ? {
          service: text('rpc.service'),
          operation: text('rpc.method'),
          region: text('cloud.region', 'aws.region'),
          requestId: text('aws.request_id', 'aws.requestId'),
          resource: text('aws.queue.url', 'aws.queue_url', 'aws.s3.bucket', 'aws.dynamodb.table_names'),
        }
      : undefined,
    messaging: messagingSystem
      ? {
          system: messagingSystem,
          destination: text('messaging.destination.name'),
          operation: text('messaging.operation.type', 'messaging.operation'),
        }
      : undefined,
    user: text('enduser.id'),
    annotations,
    metadata,
    attributes: rest,
    exceptions,
    statusMessage,
    scope: document.scope?.name,
    document,
    bytes: jsonBytes(span),
  };
}

function isAnnotationValue(value: AttributeValue): value is AnnotationValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * X-Ray's flags for a span: a failing HTTP status decides where there is one (4xx error, 429 throttle,
 * 5xx fault); otherwise a span with status ERROR or an exception event is a fault, as X-Ray marks an
 * entity that recorded an exception.
 */
function spanOutcome(status: number | undefined, failed: boolean, threw: boolean): Outcome {
  if (status !== undefined) {
    if (status >= 500) return 'fault';
    if (status === 429) return 'throttle';
    if (status >= 400) return 'error';
  }
  return failed || threw ? 'fault' : 'ok';
}

// ---------------------------------------------------------------------------------------------------
// Both

/**
 * The nodes of a trace, whichever way it was sent: segments and spans in one tree (a parent ID may name
 * a node of the other kind, since both IDs are 16 hex digits).
 */
export function fromTrace(trace: Pick<CaughtTrace, 'segmentDocuments' | 'spans'>): TraceNode[] {
  return arrange([...unplacedSegments(trace.segmentDocuments ?? []), ...unplacedSpans(trace.spans ?? [])]);
}

/** Which approaches produced a trace: X-Ray segment documents, OpenTelemetry spans, or both. */
export function modesOf(trace: Pick<CaughtTrace, 'segmentDocuments' | 'spans'>): TraceMode[] {
  const modes: TraceMode[] = [];
  if ((trace.segmentDocuments ?? []).length > 0) modes.push('xray');
  if ((trace.spans ?? []).length > 0) modes.push('otel');
  return modes;
}

export const MODE_LABELS: Record<TraceMode, string> = { xray: 'X-Ray SDK', otel: 'OpenTelemetry' };

/**
 * Places each node under its parent, children in start order, depth first. The latest version of a
 * node sent twice wins; a node whose parent has not arrived is shown at the top rather than lost.
 */
function arrange(unplaced: Unplaced[]): TraceNode[] {
  const byId = new Map<string, Unplaced>();
  for (const node of unplaced) byId.set(node.id, node);
  const children = new Map<string | undefined, Unplaced[]>();
  for (const node of byId.values()) {
    const parentKey = node.parentId !== undefined && node.parentId !== node.id && byId.has(node.parentId) ? node.parentId : undefined;
    children.set(parentKey, [...(children.get(parentKey) ?? []), node]);
  }
  const ordered: TraceNode[] = [];
  const visited = new Set<string>();
  const visit = (parentKey: string | undefined, parent: TraceNode | undefined, depth: number) => {
    const nodes = [...(children.get(parentKey) ?? [])].sort((a, b) => a.startSeconds - b.startSeconds);
    for (const node of nodes) {
      if (visited.has(node.id)) continue;
      visited.add(node.id);
      const service = node.service ?? parent?.service ?? '';
      const role: NodeRole =
        node.role === 'entry-if-root' ? (parent === undefined || parent.service !== service ? 'entry' : 'step') : node.role;
      const placed: TraceNode = { ...node, service, role, depth };
      ordered.push(placed);
      visit(node.id, placed, depth + 1);
    }
  };
  visit(undefined, undefined, 0);
  return ordered;
}

/** The one-line view of a trace in the Lab's list: its entry node, what it served, how it ended. */
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

/** The one-line view of a trace: its entry node, what it served, how it ended, the services it crossed. */
export function summarizeTrace(trace: CaughtTrace): TraceSummary {
  return summarizeNodes(trace.traceId, fromTrace(trace));
}

export function summarizeNodes(traceId: string, nodes: TraceNode[]): TraceSummary {
  const entry = nodes.find((node) => node.depth === 0 && node.role === 'entry') ?? nodes[0];
  const services = [...new Set(nodes.map((node) => node.service).filter((service) => service !== ''))];
  if (!entry) {
    return { traceId, service: '—', outcome: 'ok', services, spanCount: 0 };
  }
  return {
    traceId,
    service: entry.service,
    method: entry.http?.method,
    url: entry.http?.url,
    status: entry.http?.status,
    outcome: entry.outcome,
    startSeconds: entry.startSeconds,
    durationMs: entry.endSeconds === undefined ? undefined : Math.round((entry.endSeconds - entry.startSeconds) * 1000),
    services,
    spanCount: nodes.length,
  };
}

export interface Payload {
  /** The documents of the trace as the Lab received them, in JSON bytes. */
  bytes: number;
  documents: number;
  /**
   * Of `bytes`, the resource and scope each OTLP span document repeats beyond their first time: an
   * OTLP export sends each resource and scope once for all the spans under it.
   */
  repeatedBytes: number;
}

/** How much JSON a trace's documents are: segment documents as sent to the daemon, spans as OTLP JSON. */
export function payloadOf(trace: Pick<CaughtTrace, 'segmentDocuments' | 'spans'>): Payload {
  const segments = trace.segmentDocuments ?? [];
  const spans = trace.spans ?? [];
  let bytes = 0;
  for (const document of [...segments, ...spans]) bytes += jsonBytes(document);
  const seen = new Set<string>();
  let repeatedBytes = 0;
  for (const document of spans) {
    for (const shared of [document.resource, document.scope]) {
      if (shared === undefined) continue;
      const json = JSON.stringify(shared);
      if (seen.has(json)) repeatedBytes += encoder.encode(json).length;
      seen.add(json);
    }
  }
  return { bytes, documents: segments.length + spans.length, repeatedBytes };
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function firstWord(text: string | undefined): string | undefined {
  const word = text?.trim().split(/\s+/)[0];
  return word ? word.toUpperCase() : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A duration in milliseconds, or undefined while the node is in progress. */
export function durationMsOf(node: TraceNode): number | undefined {
  return node.endSeconds === undefined ? undefined : (node.endSeconds - node.startSeconds) * 1000;
}

/** An attribute value as text: strings as they are, anything else as JSON. */
export function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
