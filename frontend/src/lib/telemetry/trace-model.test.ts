import { describe, expect, it } from 'vitest';
import {
  OTEL_TRACE_ID,
  XRAY_TRACE_ID,
  catalogSegment,
  catalogServerSpan,
  inventorySegment,
  inventorySqlSubsegment,
  otelTrace,
  otlpSpan,
  str,
  int,
  xrayTrace,
} from '@/test/telemetry';
import {
  type TraceNode,
  fromSegments,
  fromSpans,
  fromTrace,
  jsonBytes,
  modesOf,
  payloadOf,
  summarizeTrace,
} from './trace-model';

const tree = (nodes: TraceNode[]) => nodes.map((node) => `${'  '.repeat(node.depth)}${node.name} [${node.service} ${node.role}]`);

describe('fromSegments', () => {
  it('places segments and subsegments like the X-Ray waterfall, with the service of each', () => {
    const nodes = fromSegments(xrayTrace.segmentDocuments);

    expect(tree(nodes)).toEqual([
      'catalog [catalog entry]',
      '  catalog@127.0.0.1 [catalog sql]',
      '  127.0.0.1 [catalog http]',
      '    inventory [inventory entry]',
      '      inventory@127.0.0.1 [inventory sql]',
    ]);
    expect(nodes.map((node) => node.id)).toEqual([
      '70de5b6f19ff9a0a',
      'a1a1a1a1a1a1a1a1',
      'a2a2a2a2a2a2a2a2',
      'b0b0b0b0b0b0b0b0',
      'b1b1b1b1b1b1b1b1',
    ]);
    expect(nodes.every((node) => node.mode === 'xray')).toBe(true);
  });

  it('reads the HTTP, SQL and annotations of each node', () => {
    const [catalog, sql, call] = fromSegments([catalogSegment]);

    expect(catalog).toMatchObject({
      kind: 'segment',
      http: { method: 'GET', url: 'http://localhost:8080/api/catalog/products/7', status: 200 },
      annotations: { product_id: 7 },
      outcome: 'ok',
      startSeconds: 1795435196.1,
      endSeconds: 1795435196.142,
    });
    expect(catalog?.attributes).toMatchObject({ 'http.request.method': 'GET', 'http.response.content_length': 512 });
    expect(sql).toMatchObject({
      kind: 'subsegment',
      namespace: 'remote',
      sql: { operation: 'SELECT', system: 'PostgreSQL', version: '17.11', database: 'catalog' },
    });
    expect(call?.http?.host).toBe('127.0.0.1');
  });

  it('sizes a node without the subsegments nested in it', () => {
    const [catalog] = fromSegments([catalogSegment]);
    const { subsegments, ...own } = catalogSegment;

    expect(subsegments).toHaveLength(2);
    expect(catalog?.bytes).toBe(jsonBytes(own));
    expect(catalog?.bytes).toBeLessThan(jsonBytes(catalogSegment));
  });

  it('marks an AWS call, a business step, and a fault with its cause', () => {
    const nodes = fromSegments([
      {
        name: 'order',
        id: 'e0',
        start_time: 1,
        end_time: 2,
        fault: true,
        subsegments: [
          {
            name: 'Sqs',
            id: 'e1',
            start_time: 1.1,
            end_time: 1.2,
            namespace: 'aws',
            aws: { operation: 'SendMessage', region: 'us-east-1', queue_url: 'http://127.0.0.1:9324/000000000000/order-events' },
          } as never,
          {
            name: 'reserve stock',
            id: 'e2',
            start_time: 1.3,
            end_time: 1.9,
            fault: true,
            annotations: { order_id: 'O11Y-1' },
            cause: { exceptions: [{ type: 'java.lang.IllegalStateException', message: 'out of stock' }] },
          },
        ],
      },
    ]);

    expect(nodes[1]).toMatchObject({
      role: 'aws',
      aws: { service: 'Sqs', operation: 'SendMessage', resource: 'http://127.0.0.1:9324/000000000000/order-events' },
    });
    expect(nodes[2]).toMatchObject({
      role: 'step',
      outcome: 'fault',
      annotations: { order_id: 'O11Y-1' },
      exceptions: [{ type: 'java.lang.IllegalStateException', message: 'out of stock' }],
    });
  });
});

describe('fromSpans', () => {
  it('builds the same tree from OTLP spans sent child first', () => {
    expect(tree(fromSpans(otelTrace.spans ?? []))).toEqual([
      'GET /products/{productId} [catalog entry]',
      '  load product [catalog step]',
      '    SELECT catalog.product [catalog sql]',
      '  GET [catalog http]',
      '    GET /stock/{productId} [inventory entry]',
      '      SELECT inventory.stock_item [inventory sql]',
    ]);
  });

  it('reads kinds given as numbers, nanosecond strings, and int values given as strings', () => {
    const [server] = fromSpans([catalogServerSpan]);

    expect(server).toMatchObject({
      mode: 'otel',
      id: 'c0c0c0c0c0c0c0c0',
      kind: 'server',
      service: 'catalog',
      scope: 'io.opentelemetry.spring-webmvc-6.0',
      http: { method: 'GET', url: '/api/catalog/products/7', route: '/products/{productId}', status: 200 },
      outcome: 'ok',
    });
    expect(server?.startSeconds).toBeCloseTo(1795435280.1, 6);
    expect(((server?.endSeconds ?? 0) - (server?.startSeconds ?? 0)) * 1000).toBeCloseTo(48, 3);
    expect(server?.attributes['http.response.status_code']).toBe(200);
  });

  it('reads the enum names too, which other senders write', () => {
    const span = otlpSpan({ ...spec(), kind: 0 });
    span.span.kind = 'SPAN_KIND_CONSUMER';
    span.span.status = { code: 'STATUS_CODE_ERROR', message: 'boom' };

    expect(fromSpans([span])[0]).toMatchObject({ kind: 'consumer', role: 'entry', outcome: 'fault', statusMessage: 'boom' });
  });

  it('takes the annotations that aws.xray.annotations lists, and keeps the rest as attributes', () => {
    const step = fromSpans(otelTrace.spans ?? []).find((node) => node.name === 'load product');

    expect(step?.annotations).toEqual({ product_id: 7 });
    expect(step?.attributes).toEqual({ source: 'database', 'aws.xray.annotations': ['product_id'] });
  });

  it("keeps a shop span's other attributes as metadata, and indexes only what aws.xray.annotations lists", () => {
    const listed = fromSpans(otelTrace.spans ?? []).find((node) => node.name === 'load product');
    const unlisted = fromSpans([otlpSpan({ ...spec(), attributes: [str('user_id', 'u-1'), int('lines', 2)] })])[0];

    expect(listed?.metadata).toEqual({ source: 'database' });
    expect(unlisted).toMatchObject({ annotations: {}, metadata: { user_id: 'u-1', lines: 2 } });
    expect(fromSpans([catalogServerSpan])[0]?.metadata).toEqual({});
  });

  it('marks a span that recorded an exception a fault, unless its HTTP status says otherwise', () => {
    const exception = { name: 'exception', timeUnixNano: '0', attributes: [str('exception.type', 'java.lang.IllegalStateException')] };
    const served = (status: number) =>
      fromSpans([otlpSpan({ ...spec(), kind: 2, attributes: [int('http.response.status_code', status)], events: [exception] })])[0];

    expect(served(200)?.outcome).toBe('fault');
    expect(served(402)?.outcome).toBe('error');
  });

  it('reads SQL, calls to other services, AWS calls and messages', () => {
    const nodes = fromSpans([
      ...(otelTrace.spans ?? []),
      otlpSpan({
        ...spec(),
        spanId: 'f1f1f1f1f1f1f1f1',
        name: 'Sqs.SendMessage',
        kind: 4,
        attributes: [
          str('rpc.system', 'aws-api'),
          str('rpc.service', 'Sqs'),
          str('rpc.method', 'SendMessage'),
          str('aws.queue.url', 'http://127.0.0.1:9324/000000000000/order-events'),
          str('messaging.system', 'aws_sqs'),
          str('messaging.destination.name', 'order-events'),
          str('messaging.operation.type', 'send'),
        ],
      }),
    ]);
    const byName = (name: string) => nodes.find((node) => node.name === name);

    expect(byName('SELECT catalog.product')).toMatchObject({
      kind: 'client',
      role: 'sql',
      namespace: 'remote',
      sql: { operation: 'SELECT', system: 'postgresql', database: 'shop', url: '127.0.0.1:5432' },
    });
    expect(byName('SELECT inventory.stock_item')?.sql?.operation).toBe('SELECT');
    expect(byName('GET')).toMatchObject({
      role: 'http',
      http: { host: '127.0.0.1', url: 'http://127.0.0.1:8082/api/inventory/stock/7', status: 200 },
    });
    expect(byName('Sqs.SendMessage')).toMatchObject({
      kind: 'producer',
      role: 'aws',
      namespace: 'aws',
      aws: { service: 'Sqs', operation: 'SendMessage', resource: 'http://127.0.0.1:9324/000000000000/order-events' },
      messaging: { system: 'aws_sqs', destination: 'order-events', operation: 'send' },
    });
  });

  it('flags errors as X-Ray would: 4xx error, 429 throttle, 5xx fault, an exception a fault', () => {
    const outcome = (attributes: ReturnType<typeof str>[], extra: Partial<ReturnType<typeof spec>> = {}) =>
      fromSpans([otlpSpan({ ...spec(), attributes, ...extra })])[0]?.outcome;

    expect(outcome([int('http.response.status_code', 404)])).toBe('error');
    expect(outcome([int('http.response.status_code', 429)], { status: { code: 2 } })).toBe('throttle');
    expect(outcome([int('http.response.status_code', 503)], { status: { code: 2 } })).toBe('fault');
    expect(outcome([], { status: { code: 2, message: 'failed' } })).toBe('fault');
    expect(
      outcome([], {
        events: [
          {
            name: 'exception',
            timeUnixNano: '1795435280101000000',
            attributes: [str('exception.type', 'java.lang.IllegalStateException'), str('exception.message', 'out of stock')],
          },
        ],
      }),
    ).toBe('fault');
    const [failed] = fromSpans([
      otlpSpan({
        ...spec(),
        events: [{ name: 'exception', timeUnixNano: '1', attributes: [str('exception.type', 'E'), str('exception.stacktrace', 'at x')] }],
      }),
    ]);
    expect(failed?.exceptions).toEqual([{ type: 'E', message: undefined, stacktrace: 'at x' }]);
  });

  it('sizes a span without the resource and scope it came under', () => {
    const [server] = fromSpans([catalogServerSpan]);

    expect(server?.bytes).toBe(jsonBytes(catalogServerSpan.span));
  });
});

describe('fromTrace, modesOf, summarizeTrace, payloadOf', () => {
  it('summarizes a trace of spans by its SERVER span, as one of segments by its segment', () => {
    expect(summarizeTrace(otelTrace)).toEqual({
      traceId: OTEL_TRACE_ID,
      service: 'catalog',
      method: 'GET',
      url: '/api/catalog/products/7',
      status: 200,
      outcome: 'ok',
      startSeconds: expect.closeTo(1795435280.1, 6),
      durationMs: 48,
      services: ['catalog', 'inventory'],
      spanCount: 6,
    });
    expect(summarizeTrace(xrayTrace)).toMatchObject({
      traceId: XRAY_TRACE_ID,
      service: 'catalog',
      url: 'http://localhost:8080/api/catalog/products/7',
      durationMs: 42,
      services: ['catalog', 'inventory'],
      spanCount: 5,
    });
  });

  it('tells which approach produced a trace', () => {
    expect(modesOf(xrayTrace)).toEqual(['xray']);
    expect(modesOf(otelTrace)).toEqual(['otel']);
    expect(modesOf({ segmentDocuments: [inventorySegment], spans: [catalogServerSpan] })).toEqual(['xray', 'otel']);
    expect(modesOf({ segmentDocuments: [] })).toEqual([]);
  });

  it('puts segments and spans of one trace in one tree when one names the other as parent', () => {
    const nodes = fromTrace({
      ...otelTrace,
      segmentDocuments: [{ ...inventorySqlSubsegment, parent_id: 'd0d0d0d0d0d0d0d0' }],
    });

    expect(nodes.find((node) => node.id === inventorySqlSubsegment.id)).toMatchObject({ service: 'inventory', depth: 3 });
  });

  it('weighs the raw documents, and what of them an OTLP export would not repeat', () => {
    const xray = payloadOf(xrayTrace);
    const otel = payloadOf(otelTrace);
    const shared = (otelTrace.spans ?? []).flatMap((document) => [document.resource, document.scope]);
    const distinct = [...new Set(shared.map((part) => JSON.stringify(part)))];

    expect(xray).toEqual({
      bytes: xrayTrace.segmentDocuments.reduce((sum, document) => sum + jsonBytes(document), 0),
      documents: 3,
      repeatedBytes: 0,
    });
    expect(otel.documents).toBe(6);
    expect(otel.bytes).toBe((otelTrace.spans ?? []).reduce((sum, document) => sum + jsonBytes(document), 0));
    // six spans under two resources (catalog, inventory) and four scopes: each counts once
    expect(distinct).toHaveLength(6);
    expect(otel.repeatedBytes).toBe(
      shared.reduce((sum, part) => sum + jsonBytes(part), 0) - distinct.reduce((sum, json) => sum + jsonBytes(JSON.parse(json)), 0),
    );
  });
});

function spec() {
  return {
    service: 'order',
    scope: 'o11yshop.platform.observability',
    spanId: 'f0f0f0f0f0f0f0f0',
    name: 'checkout',
    kind: 1,
    startMs: 100,
    endMs: 200,
    attributes: [] as ReturnType<typeof str>[],
  } as Parameters<typeof otlpSpan>[0];
}
