/**
 * One shape for a trace, whichever approach recorded it, so that the same flow traced with the X-Ray SDK
 * (mode `xray`: segment documents) and with OpenTelemetry (mode `otel`: OTLP spans) can be compared with
 * one `toEqual`. Pure functions over what the launcher's telemetry API returns; nothing here talks to the
 * shop.
 *
 * The shape keeps what a learner reads in a trace — which services took part and who called whom, over
 * HTTP or the queue; the business steps and how they nest; their annotations (indexed, searchable) and
 * metadata; the signed-in user; what failed and with which exception; where SQL ran and which
 * statements; which AWS calls were made; which services' log lines carry the trace ID — and drops what
 * only differs in naming:
 *
 * | what               | X-Ray SDK                                         | OpenTelemetry                                     |
 * |--------------------|---------------------------------------------------|---------------------------------------------------|
 * | a service's work   | a segment named after the service                 | a SERVER or CONSUMER span, `service.name`         |
 * | a business step    | a subsegment without a namespace                  | an INTERNAL span                                  |
 * | a call to a service| a `remote` subsegment named after the host        | a CLIENT span named after the method              |
 * | an SQL statement   | a subsegment with `sql.sanitized_query`           | a CLIENT span with `db.query.text`                |
 * | an AWS call        | an `aws` subsegment `Sqs`, `aws.operation`        | `rpc.service` `Sqs`, `rpc.method` (CLIENT/PRODUCER)|
 * | annotations        | `annotations`                                     | attributes listed in `aws.xray.annotations`       |
 * | metadata           | `metadata.default`                                | the shop's spans' other attributes                |
 * | the user           | `user`                                            | `enduser.id`                                      |
 * | a failure          | `fault`/`error`/`throttle` + `cause.exceptions`   | the HTTP status, else status ERROR; `exception` events |
 *
 * A failure of a span is judged as X-Ray judges one (and as the ADOT collector's X-Ray exporter turns a span
 * into a segment): by its HTTP status where it has one (4xx error, 429 throttle, 5xx fault), otherwise a
 * span with status ERROR or an exception event is a fault.
 */
import type { AnyValue, CapturedTrace, KeyValue, OtlpSpanDocument, SegmentDocument } from './telemetry-api';

export type Scalar = string | number | boolean;
export type Outcome = 'ok' | 'error' | 'fault' | 'throttle';

/**
 * What a node of a trace stands for, in either model: a service's work for a request or a message
 * (`entry`), a business step, a call to another service, an SQL statement, an AWS API call.
 */
export type NodeKind = 'entry' | 'step' | 'call' | 'sql' | 'aws';

export interface ShapeNode {
  id: string;
  parentId?: string;
  service: string;
  kind: NodeKind;
  /**
   * `GET /api/catalog/products/{id}` or `message` (entry), the step's name, `POST /api/inventory/reservations`
   * (call), `insert customer_order` (sql), `Sqs.SendMessage` (aws). IDs in paths are `{id}`.
   */
  name: string;
  status?: number;
  outcome: Outcome;
  /** Simple class names of the exceptions recorded on the node. */
  exceptions: string[];
  annotations: Record<string, Scalar>;
  metadata: Record<string, Scalar>;
  user?: string;
  /** The User-Agent of a request served: how a test finds the trace of the request it made. Not in the shape. */
  userAgent?: string;
}

export interface TraceShape {
  services: string[];
  /** `service: METHOD /path → status` for each request a service served, `service: message` for a message. */
  entries: string[];
  /** `caller→callee (http)`, `order→inventory (queue)`; `(async)` for work a service hands itself (the outbox relay). */
  hops: string[];
  /** Where each hop starts and what it reaches: `order: POST /api/order/orders › checkout › confirm prices → catalog: GET …`. */
  calls: string[];
  /** Every business step with the steps and the request it runs in: `order: POST /api/order/orders › checkout › pay`. */
  steps: string[];
  annotations: Record<string, Record<string, Scalar>>;
  metadata: Record<string, Record<string, Scalar>>;
  users: Record<string, Scalar>;
  /** What failed, as X-Ray would flag it, with the exceptions recorded. */
  errors: Record<string, string>;
  /** Where SQL ran → its statements (`verb table`), sorted, repeats kept. */
  sql: Record<string, string[]>;
  /** `location · Sqs.SendMessage`. */
  aws: string[];
  /** The services whose log lines carry the trace ID. */
  logs: string[];
}

/**
 * Values the flow knows, by annotation or metadata key: a value equal to it becomes the placeholder
 * (`product_id: 60` → `<product id>`; a number keeps its kind as `<product id> (number)`, since X-Ray
 * annotations are typed and a filter expression must use the right kind).
 */
export type KnownValues = Record<string, { value: Scalar; as: string }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER_NUMBER = /^O11Y-\d{8}-[A-Z0-9]+$/;
const SHOP_SCOPE = /^o11yshop\./;

/** A value as it is compared: known values and IDs as placeholders, anything else as it is. */
export function normalizeValue(key: string, value: Scalar, known: KnownValues = {}): Scalar {
  const expected = known[key];
  if (expected !== undefined && String(expected.value) === String(value)) {
    return typeof value === 'string' ? expected.as : `${expected.as} (${typeof value})`;
  }
  if (typeof value === 'string' && UUID.test(value)) return '<uuid>';
  if (typeof value === 'string' && ORDER_NUMBER.test(value)) return '<order number>';
  return value;
}

/** `/api/inventory/reservations/6d5f…/release` → `/api/inventory/reservations/{id}/release`; the query is dropped. */
export function templatePath(urlOrPath: string | undefined): string {
  if (!urlOrPath) return '?';
  let path = urlOrPath;
  try {
    path = new URL(urlOrPath).pathname;
  } catch {
    path = urlOrPath.split('?')[0] ?? urlOrPath;
  }
  return path
    .split('/')
    .map((part) => (/^\d+$/.test(part) || UUID.test(part) ? '{id}' : part))
    .join('/');
}

/** `insert into "customer_order" (…)` → `insert customer_order`; `select lastval()` → `select`. */
export function sqlSummary(query: string | undefined): string {
  if (!query) return '?';
  const verb = query.trim().split(/\s+/)[0]?.toLowerCase() ?? '?';
  const table = /\b(?:into|from|update)\s+"?([A-Za-z_][\w$]*)"?/i.exec(query)?.[1];
  return table ? `${verb} ${table}` : verb;
}

function simpleName(type: string | undefined): string {
  if (!type) return '?';
  return type.slice(type.lastIndexOf('.') + 1);
}

function outcomeOfHttp(status: number | undefined, failed: boolean): Outcome {
  if (status !== undefined) {
    if (status >= 500) return 'fault';
    if (status === 429) return 'throttle';
    if (status >= 400) return 'error';
    if (!failed) return 'ok';
  }
  return failed ? 'fault' : 'ok';
}

function scalarOrJson(value: unknown): Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------------
// X-Ray segment documents

/** The nodes of segment documents, nested or sent on their own; a document sent twice counts as its latest. */
export function nodesFromSegments(documents: SegmentDocument[]): ShapeNode[] {
  const byId = new Map<string, { document: SegmentDocument; parentId?: string; isSegment: boolean }>();
  const collect = (document: SegmentDocument, parentId: string | undefined, isSegment: boolean) => {
    byId.set(document.id, { document, parentId, isSegment });
    for (const subsegment of document.subsegments ?? []) collect(subsegment, document.id, false);
  };
  for (const document of documents) collect(document, document.parent_id, document.type !== 'subsegment');

  const serviceOf = (id: string | undefined, seen = new Set<string>()): string => {
    const entry = id === undefined ? undefined : byId.get(id);
    if (!entry || seen.has(id!)) return '?';
    seen.add(id!);
    return entry.isSegment ? entry.document.name : serviceOf(entry.parentId, seen);
  };

  return [...byId.values()].map(({ document, parentId, isSegment }) => {
    const kind: NodeKind = isSegment
      ? 'entry'
      : document.sql
        ? 'sql'
        : document.namespace === 'aws'
          ? 'aws'
          : document.namespace === 'remote'
            ? 'call'
            : 'step';
    const request = document.http?.request;
    const name =
      kind === 'entry'
        ? request
          ? `${request.method ?? '?'} ${templatePath(request.url)}`
          : 'message'
        : kind === 'call'
          ? `${request?.method ?? '?'} ${templatePath(request?.url)}`
          : kind === 'sql'
            ? sqlSummary(document.sql?.sanitized_query)
            : kind === 'aws'
              ? `${document.name}.${document.aws?.operation ?? '?'}`
              : document.name;
    const metadata: Record<string, Scalar> = {};
    for (const [namespace, values] of Object.entries(document.metadata ?? {})) {
      for (const [key, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
        metadata[namespace === 'default' ? key : `${namespace}.${key}`] = scalarOrJson(value);
      }
    }
    const outcome: Outcome = document.fault ? 'fault' : document.throttle ? 'throttle' : document.error ? 'error' : 'ok';
    return {
      id: document.id,
      parentId,
      service: isSegment ? document.name : serviceOf(parentId),
      kind,
      name,
      status: document.http?.response?.status,
      outcome,
      exceptions:
        typeof document.cause === 'object' ? (document.cause.exceptions ?? []).map((exception) => simpleName(exception.type)) : [],
      annotations: { ...(document.annotations ?? {}) },
      metadata,
      user: document.user,
      userAgent: isSegment ? document.http?.request?.user_agent : undefined,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// OpenTelemetry spans

type Decoded = Scalar | null | Decoded[] | { [key: string]: Decoded };

export function decodeValue(value: AnyValue | undefined): Decoded {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return Number(value.doubleValue);
  if (value.arrayValue !== undefined) return (value.arrayValue.values ?? []).map(decodeValue);
  if (value.kvlistValue !== undefined) return decodeAttributes(value.kvlistValue.values);
  return null;
}

export function decodeAttributes(attributes: KeyValue[] | undefined): Record<string, Decoded> {
  return Object.fromEntries((attributes ?? []).map((attribute) => [attribute.key, decodeValue(attribute.value)]));
}

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;
const STATUS_ERROR = 2;
const ANNOTATION_KEYS = 'aws.xray.annotations';

export function nodesFromSpans(documents: OtlpSpanDocument[]): ShapeNode[] {
  const byId = new Map<string, OtlpSpanDocument>();
  for (const document of documents) byId.set(document.span.spanId, document);
  return [...byId.values()].map(({ resource, scope, span }) => {
    const attributes = decodeAttributes(span.attributes);
    const text = (key: string) => (typeof attributes[key] === 'string' || typeof attributes[key] === 'number' ? String(attributes[key]) : undefined);
    const status = typeof attributes['http.response.status_code'] === 'number' ? attributes['http.response.status_code'] : undefined;
    const kind: NodeKind =
      text('rpc.system') === 'aws-api'
        ? 'aws'
        : text('db.system.name') !== undefined || text('db.system') !== undefined
          ? 'sql'
          : span.kind === SERVER || span.kind === CONSUMER
            ? 'entry'
            : span.kind === CLIENT || span.kind === PRODUCER
              ? 'call'
              : 'step';
    const method = text('http.request.method') ?? '?';
    const name =
      kind === 'entry'
        ? span.kind === SERVER
          ? `${method} ${templatePath(text('url.path'))}`
          : 'message'
        : kind === 'call'
          ? `${method} ${templatePath(text('url.full'))}`
          : kind === 'sql'
            ? sqlSummary(text('db.query.text') ?? text('db.statement') ?? span.name)
            : kind === 'aws'
              ? `${text('rpc.service') ?? '?'}.${text('rpc.method') ?? '?'}`
              : span.name;
    const exceptions = (span.events ?? [])
      .filter((event) => event.name === 'exception')
      .map((event) => simpleName(String(decodeAttributes(event.attributes)['exception.type'] ?? '')));
    const failed = span.status?.code === STATUS_ERROR || exceptions.length > 0;

    // Only the shop's own spans carry annotations and metadata; an instrumentation's attributes are its own.
    const annotations: Record<string, Scalar> = {};
    const metadata: Record<string, Scalar> = {};
    if (SHOP_SCOPE.test(scope?.name ?? '')) {
      const listed = attributes[ANNOTATION_KEYS];
      const annotationKeys = Array.isArray(listed) ? listed.map(String) : [];
      for (const [key, value] of Object.entries(attributes)) {
        if (key === ANNOTATION_KEYS || value === null) continue;
        (annotationKeys.includes(key) ? annotations : metadata)[key] = scalarOrJson(value);
      }
    }
    const serviceName = decodeAttributes(resource?.attributes)['service.name'];
    return {
      id: span.spanId,
      parentId: span.parentSpanId || undefined,
      service: typeof serviceName === 'string' ? serviceName : '?',
      kind,
      name,
      status,
      outcome: outcomeOfHttp(status, failed),
      exceptions,
      annotations,
      metadata,
      user: text('enduser.id'),
      userAgent: span.kind === SERVER ? text('user_agent.original') : undefined,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Both

/**
 * A service fetches its own token (the client-credentials call to identity) when it first needs one and
 * again every few minutes, inside whichever request needs it then: whether a trace has that call is a
 * matter of timing, not of the approach, so shapes leave it out with everything under it.
 */
export const TOKEN_RENEWAL = 'POST /api/identity/oauth2/token';

export function nodesOf(trace: Pick<CapturedTrace, 'segmentDocuments' | 'spans'>): ShapeNode[] {
  const nodes = [...nodesFromSegments(trace.segmentDocuments ?? []), ...nodesFromSpans(trace.spans ?? [])];
  const left = new Set(nodes.filter((node) => (node.kind === 'call' || node.kind === 'entry') && node.name === TOKEN_RENEWAL).map((node) => node.id));
  for (let grew = left.size > 0; grew; ) {
    grew = false;
    for (const node of nodes) {
      if (!left.has(node.id) && node.parentId !== undefined && left.has(node.parentId)) {
        left.add(node.id);
        grew = true;
      }
    }
  }
  return nodes.filter((node) => !left.has(node.id));
}

function sorted<T>(values: Iterable<T>): T[] {
  return [...values].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(sorted(Object.keys(record)).map((key) => [key, record[key] as T]));
}

/** The shape of a captured trace; see {@link TraceShape}. */
export function shapeOf(
  trace: Pick<CapturedTrace, 'segmentDocuments' | 'spans' | 'logLines'>,
  known: KnownValues = {},
): TraceShape {
  const nodes = nodesOf(trace);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = (node: ShapeNode) => (node.parentId === undefined ? undefined : byId.get(node.parentId));

  /** `service: entry › step › step` for an entry or a step; for anything else, the entry or step it runs in. */
  const location = (node: ShapeNode): string => {
    const names: string[] = [];
    let current: ShapeNode | undefined = node;
    let reachedEntry = false;
    const seen = new Set<string>();
    while (current && current.service === node.service && !seen.has(current.id)) {
      seen.add(current.id);
      if (current.kind === 'entry' || current.kind === 'step') names.unshift(current.name);
      if (current.kind === 'entry') {
        reachedEntry = true;
        break;
      }
      current = parentOf(current);
    }
    // a node whose service's entry is not (yet) in the trace
    if (!reachedEntry) names.unshift('?');
    return `${node.service}: ${names.join(' › ')}`;
  };
  const label = (node: ShapeNode) =>
    node.kind === 'entry' || node.kind === 'step'
      ? location(node)
      : `${location(node)} ${node.kind === 'call' ? '→' : '·'} ${node.name}`;
  const normalized = (values: Record<string, Scalar>) =>
    sortedKeys(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, normalizeValue(key, value, known)])));

  const shape: TraceShape = {
    services: sorted(new Set(nodes.map((node) => node.service))),
    entries: [],
    hops: [],
    calls: [],
    steps: [],
    annotations: {},
    metadata: {},
    users: {},
    errors: {},
    sql: {},
    aws: [],
    logs: sorted(
      new Set(
        trace.logLines.map((line) => {
          const otlp = (line as { resource?: { attributes?: KeyValue[] } }).resource;
          return String(line.service ?? (otlp ? decodeAttributes(otlp.attributes)['service.name'] : '?'));
        }),
      ),
    ),
  };
  const entries = new Set<string>();
  const hops = new Set<string>();
  const calls = new Set<string>();
  const steps = new Set<string>();
  const aws = new Set<string>();
  for (const node of nodes) {
    const where = label(node);
    if (node.kind === 'entry') {
      entries.add(`${node.service}: ${node.name}${node.status === undefined ? '' : ` → ${node.status}`}`);
      const caller = parentOf(node);
      if (caller) {
        const how = node.name !== 'message' ? 'http' : caller.service === node.service ? 'async' : 'queue';
        hops.add(`${caller.service}→${node.service} (${how})`);
        calls.add(`${location(caller)} → ${node.service}: ${node.name}`);
      }
    }
    if (node.kind === 'step') steps.add(where);
    if (node.kind === 'aws') aws.add(where);
    if (node.kind === 'sql') (shape.sql[location(node)] ??= []).push(node.name);
    if (Object.keys(node.annotations).length > 0) shape.annotations[where] = normalized(node.annotations);
    if (Object.keys(node.metadata).length > 0) shape.metadata[where] = normalized(node.metadata);
    if (node.user !== undefined) shape.users[where] = normalizeValue('user', node.user, known);
    if (node.outcome !== 'ok') {
      const exceptions = sorted(new Set(node.exceptions));
      shape.errors[where] = exceptions.length > 0 ? `${node.outcome} (${exceptions.join(', ')})` : node.outcome;
    }
  }
  shape.entries = sorted(entries);
  shape.hops = sorted(hops);
  shape.calls = sorted(calls);
  shape.steps = sorted(steps);
  shape.aws = sorted(aws);
  shape.annotations = sortedKeys(shape.annotations);
  shape.metadata = sortedKeys(shape.metadata);
  shape.users = sortedKeys(shape.users);
  shape.errors = sortedKeys(shape.errors);
  shape.sql = sortedKeys(Object.fromEntries(Object.entries(shape.sql).map(([where, statements]) => [where, sorted(statements)])));
  return shape;
}
