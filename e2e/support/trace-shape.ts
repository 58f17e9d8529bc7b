/**
 * One shape for a trace, whichever approach recorded it, so that the same flow traced with the X-Ray SDK
 * (mode `xray`: segment documents) and with OpenTelemetry (mode `otel`: OTLP spans) can be compared with
 * one `toEqual`. Pure functions over what the launcher's telemetry API returns; nothing here talks to the
 * shop.
 *
 * The shape is made from the Lab's own trace model (frontend/src/lib/telemetry/trace-model.ts), which
 * reads segments and spans into one kind of node — its role, service, HTTP, SQL and AWS details,
 * annotations, metadata, user, outcome and exceptions (the table there says how each approach writes
 * them) — so that the parity spec checks the trace a learner sees in the Lab. The shape keeps what a
 * learner reads in a trace — which services took part and who called whom, over HTTP or the queue; the
 * business steps and how they nest; their annotations (indexed, searchable) and metadata; the signed-in
 * user; what failed and with which exception; where SQL ran and which statements; which AWS calls were
 * made; which services' log lines carry the trace ID — and drops what only differs in naming: IDs,
 * hosts, the names of calls and statements.
 */
import type { CaughtTrace } from '../../frontend/src/lib/telemetry/lab-api';
import { isOtlpLogDocument, serviceNameOf } from '../../frontend/src/lib/telemetry/otlp';
import { type TraceNode, fromTrace } from '../../frontend/src/lib/telemetry/trace-model';

export type Scalar = string | number | boolean;

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

function scalarOrJson(value: unknown): Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
}

/** A call to another service, over HTTP or as a message sent (an AWS call is a node of its own). */
function isCall(node: TraceNode): boolean {
  return node.role === 'http' || node.role === 'messaging';
}

/**
 * A node's name in the shape: `GET /api/catalog/products/{id}` or `message` (entry), `POST
 * /api/inventory/reservations` (call), `insert customer_order` (sql), `Sqs.SendMessage` (aws), or the
 * step's own name. IDs in paths are `{id}`.
 */
export function shapeName(node: TraceNode): string {
  const http = node.http;
  if (node.role === 'entry') {
    return http?.method !== undefined || http?.url !== undefined ? `${http.method ?? '?'} ${templatePath(http.url)}` : 'message';
  }
  if (isCall(node)) return `${http?.method ?? '?'} ${templatePath(http?.url)}`;
  if (node.role === 'sql') return sqlSummary(node.sql?.query ?? node.name);
  if (node.role === 'aws') return `${node.aws?.service ?? '?'}.${node.aws?.operation ?? '?'}`;
  return node.name;
}

/**
 * A service fetches its own token (the client-credentials call to identity) when it first needs one and
 * again every few minutes, inside whichever request needs it then: whether a trace has that call is a
 * matter of timing, not of the approach, so shapes leave it out with everything under it.
 */
export const TOKEN_RENEWAL = 'POST /api/identity/oauth2/token';

/** The nodes of a trace as the Lab draws them (one model for both approaches), less any token renewal. */
export function nodesOf(trace: Pick<CaughtTrace, 'segmentDocuments' | 'spans'>): TraceNode[] {
  const nodes = fromTrace(trace);
  const left = new Set(
    nodes.filter((node) => (isCall(node) || node.role === 'entry') && shapeName(node) === TOKEN_RENEWAL).map((node) => node.id),
  );
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
  trace: Pick<CaughtTrace, 'segmentDocuments' | 'spans' | 'logLines'>,
  known: KnownValues = {},
): TraceShape {
  const nodes = nodesOf(trace);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = (node: TraceNode) => (node.parentId === undefined ? undefined : byId.get(node.parentId));

  /** `service: entry › step › step` for an entry or a step; for anything else, the entry or step it runs in. */
  const location = (node: TraceNode): string => {
    const names: string[] = [];
    let current: TraceNode | undefined = node;
    let reachedEntry = false;
    const seen = new Set<string>();
    while (current && current.service === node.service && !seen.has(current.id)) {
      seen.add(current.id);
      if (current.role === 'entry' || current.role === 'step') names.unshift(shapeName(current));
      if (current.role === 'entry') {
        reachedEntry = true;
        break;
      }
      current = parentOf(current);
    }
    // a node whose service's entry is not (yet) in the trace
    if (!reachedEntry) names.unshift('?');
    return `${node.service}: ${names.join(' › ')}`;
  };
  const label = (node: TraceNode) =>
    node.role === 'entry' || node.role === 'step'
      ? location(node)
      : `${location(node)} ${isCall(node) ? '→' : '·'} ${shapeName(node)}`;
  const normalized = (values: Record<string, unknown>) =>
    sortedKeys(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, normalizeValue(key, scalarOrJson(value), known)])));

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
    logs: sorted(new Set(trace.logLines.map((line) => (isOtlpLogDocument(line) ? serviceNameOf(line.resource) : line.service) ?? '?'))),
  };
  const entries = new Set<string>();
  const hops = new Set<string>();
  const calls = new Set<string>();
  const steps = new Set<string>();
  const aws = new Set<string>();
  for (const node of nodes) {
    const where = label(node);
    const name = shapeName(node);
    if (node.role === 'entry') {
      const status = node.http?.status;
      entries.add(`${node.service}: ${name}${status === undefined ? '' : ` → ${status}`}`);
      const caller = parentOf(node);
      if (caller) {
        const how = name !== 'message' ? 'http' : caller.service === node.service ? 'async' : 'queue';
        hops.add(`${caller.service}→${node.service} (${how})`);
        calls.add(`${location(caller)} → ${node.service}: ${name}`);
      }
    }
    if (node.role === 'step') steps.add(where);
    if (node.role === 'aws') aws.add(where);
    if (node.role === 'sql') (shape.sql[location(node)] ??= []).push(name);
    if (Object.keys(node.annotations).length > 0) shape.annotations[where] = normalized(node.annotations);
    if (Object.keys(node.metadata).length > 0) shape.metadata[where] = normalized(node.metadata);
    if (node.user !== undefined) shape.users[where] = normalizeValue('user', node.user, known);
    if (node.outcome !== 'ok') {
      const exceptions = sorted(new Set(node.exceptions.map((exception) => simpleName(exception.type))));
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
