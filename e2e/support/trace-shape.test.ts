import { expect, test } from '@playwright/test';
import type { CaughtTrace, LogLine } from '../../frontend/src/lib/telemetry/lab-api';
import type { KeyValue, OtlpSpanDocument } from '../../frontend/src/lib/telemetry/otlp';
import type { SegmentDocument } from '../../frontend/src/lib/telemetry/segments';
import { normalizeValue, shapeOf, sqlSummary, templatePath } from './trace-shape';

// The project unit: no shop, no browser. One small request — a declined checkout of product 7, with one
// call to inventory — written both ways, as the X-Ray SDK and as OpenTelemetry would send it.

const USER = '57b17ce8-9b86-444c-9ea7-d5a4862e137d';
const known = { product_id: { value: 7, as: '<product id>' }, user_id: { value: USER, as: '<shopper>' }, user: { value: USER, as: '<shopper>' } };

const orderLogLine: LogLine = {
  timestamp: '2026-11-23T10:00:00Z',
  level: 'INFO',
  service: 'order',
  logger: 'o11yshop.order.checkout.Checkout',
  message: 'payment declined',
  trace_id: '1-6b048e01-2773b7bd9306fa0a58cab770',
};

const xray = {
  traceId: '1-6b048e01-2773b7bd9306fa0a58cab770',
  firstSeen: '2026-11-23T10:00:00Z',
  spans: [],
  logLines: [orderLogLine],
  segmentDocuments: [
    {
      name: 'order',
      id: 'a000000000000001', start_time: 1,
      user: USER,
      error: true,
      cause: { exceptions: [{ type: 'o11yshop.platform.web.problem.ServiceProblem' }] },
      http: { request: { method: 'POST', url: 'http://127.0.0.1:8083/api/order/orders', user_agent: 'ua' }, response: { status: 402 } },
      subsegments: [
        { name: 'postgres@127.0.0.1', id: 'a000000000000002', start_time: 1, namespace: 'remote', sql: { sanitized_query: 'insert into "checkout" ("id") values (?)' } },
        {
          name: 'checkout',
          id: 'a000000000000003', start_time: 1,
          annotations: { user_id: USER, order_id: 'O11Y-20261123-WRPX2', product_id: 7 },
          metadata: { default: { lines: 1 } },
          subsegments: [
            {
              name: 'reserve stock',
              id: 'a000000000000004', start_time: 1,
              metadata: { default: { reservation_id: 'bda9c7a9-8cbd-4308-abd7-010fb248b823' } },
              subsegments: [
                {
                  name: '127.0.0.1',
                  id: 'a000000000000005', start_time: 1,
                  namespace: 'remote',
                  http: { request: { method: 'POST', url: 'http://127.0.0.1:8082/api/inventory/reservations' }, response: { status: 201 } },
                },
              ],
            },
            { name: 'pay', id: 'a000000000000006', start_time: 1, metadata: { default: { outcome: 'declined' } } },
          ],
        },
      ],
    },
    // inventory's segment, sent on its own, under order's call
    {
      name: 'inventory',
      id: 'b000000000000001', start_time: 1,
      parent_id: 'a000000000000005',
      user: USER,
      http: { request: { method: 'POST', url: 'http://127.0.0.1:8082/api/inventory/reservations' }, response: { status: 201 } },
      subsegments: [
        { name: 'postgres@127.0.0.1', id: 'b000000000000002', start_time: 1, namespace: 'remote', sql: { sanitized_query: 'select lastval()' } },
        { name: 'Sqs', id: 'b000000000000003', start_time: 1, namespace: 'aws', aws: { operation: 'DeleteMessage' } },
      ],
    },
  ] satisfies SegmentDocument[],
} satisfies CaughtTrace;

const attributes = (values: Record<string, string | number | string[]>): KeyValue[] =>
  Object.entries(values).map(([key, value]) => ({
    key,
    value:
      typeof value === 'number'
        ? { intValue: String(value) }
        : Array.isArray(value)
          ? { arrayValue: { values: value.map((item) => ({ stringValue: item })) } }
          : { stringValue: value },
  }));

const span = (
  service: string,
  scope: string,
  fields: Omit<OtlpSpanDocument['span'], 'traceId' | 'attributes'> & { attributes?: Record<string, string | number | string[]> },
): OtlpSpanDocument => ({
  source: 'otlp',
  resource: { attributes: attributes({ 'service.name': service }) },
  scope: { name: scope },
  span: { ...fields, traceId: '6b048e012773b7bd9306fa0a58cab770', attributes: attributes(fields.attributes ?? {}) },
});

const otel = {
  traceId: '1-6b048e01-2773b7bd9306fa0a58cab770',
  firstSeen: '2026-11-23T10:00:00Z',
  segmentDocuments: [],
  logLines: [orderLogLine],
  spans: [
    span('order', 'io.opentelemetry.spring-webmvc-6.0', {
      spanId: '1000000000000001',
      name: 'POST /api/order/orders',
      kind: 2,
      attributes: { 'http.request.method': 'POST', 'url.path': '/api/order/orders', 'http.response.status_code': 402, 'enduser.id': USER, 'user_agent.original': 'ua' },
      events: [{ name: 'exception', attributes: attributes({ 'exception.type': 'o11yshop.platform.web.problem.ServiceProblem' }) }],
    }),
    span('order', 'io.opentelemetry.jdbc', {
      spanId: '1000000000000002',
      parentSpanId: '1000000000000001',
      name: 'insert "checkout"',
      kind: 3,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': 'insert into "checkout" ("id") values (?)' },
    }),
    span('order', 'o11yshop.platform.observability', {
      spanId: '1000000000000003',
      parentSpanId: '1000000000000001',
      name: 'checkout',
      kind: 1,
      attributes: { user_id: USER, 'aws.xray.annotations': ['user_id', 'order_id', 'product_id'], lines: 1, order_id: 'O11Y-20261123-UBN4R', product_id: 7 },
    }),
    span('order', 'o11yshop.platform.observability', {
      spanId: '1000000000000004',
      parentSpanId: '1000000000000003',
      name: 'reserve stock',
      kind: 1,
      attributes: { reservation_id: 'fe645b06-6701-4544-b107-e2df8a0a0a0a' },
    }),
    span('order', 'io.opentelemetry.spring-web-3.1', {
      spanId: '1000000000000005',
      parentSpanId: '1000000000000004',
      name: 'POST',
      kind: 3,
      attributes: { 'http.request.method': 'POST', 'url.full': 'http://127.0.0.1:8082/api/inventory/reservations', 'http.response.status_code': 201 },
    }),
    span('order', 'o11yshop.platform.observability', {
      spanId: '1000000000000006',
      parentSpanId: '1000000000000003',
      name: 'pay',
      kind: 1,
      attributes: { outcome: 'declined' },
    }),
    span('inventory', 'io.opentelemetry.spring-webmvc-6.0', {
      spanId: '2000000000000001',
      parentSpanId: '1000000000000005',
      name: 'POST /api/inventory/reservations',
      kind: 2,
      attributes: { 'http.request.method': 'POST', 'url.path': '/api/inventory/reservations', 'http.response.status_code': 201, 'enduser.id': USER },
    }),
    span('inventory', 'io.opentelemetry.jdbc', {
      spanId: '2000000000000002',
      parentSpanId: '2000000000000001',
      name: 'select',
      kind: 3,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': 'select lastval()' },
    }),
    span('inventory', 'io.opentelemetry.aws-sdk-2.2', {
      spanId: '2000000000000003',
      parentSpanId: '2000000000000001',
      name: 'Sqs.DeleteMessage',
      kind: 3,
      attributes: { 'rpc.system': 'aws-api', 'rpc.service': 'Sqs', 'rpc.method': 'DeleteMessage' },
    }),
  ],
} satisfies CaughtTrace;

test('a trace sent as X-Ray segments and the same sent as OTLP spans have one shape', () => {
  expect(shapeOf(otel, known)).toEqual(shapeOf(xray, known));
  expect(shapeOf(xray, known)).toEqual({
    services: ['inventory', 'order'],
    entries: ['inventory: POST /api/inventory/reservations → 201', 'order: POST /api/order/orders → 402'],
    hops: ['order→inventory (http)'],
    calls: ['order: POST /api/order/orders › checkout › reserve stock → inventory: POST /api/inventory/reservations'],
    steps: [
      'order: POST /api/order/orders › checkout',
      'order: POST /api/order/orders › checkout › pay',
      'order: POST /api/order/orders › checkout › reserve stock',
    ],
    annotations: {
      'order: POST /api/order/orders › checkout': { order_id: '<order number>', product_id: '<product id> (number)', user_id: '<shopper>' },
    },
    metadata: {
      'order: POST /api/order/orders › checkout': { lines: 1 },
      'order: POST /api/order/orders › checkout › pay': { outcome: 'declined' },
      'order: POST /api/order/orders › checkout › reserve stock': { reservation_id: '<uuid>' },
    },
    users: { 'inventory: POST /api/inventory/reservations': '<shopper>', 'order: POST /api/order/orders': '<shopper>' },
    errors: { 'order: POST /api/order/orders': 'error (ServiceProblem)' },
    sql: { 'inventory: POST /api/inventory/reservations': ['select'], 'order: POST /api/order/orders': ['insert checkout'] },
    aws: ['inventory: POST /api/inventory/reservations · Sqs.DeleteMessage'],
    logs: ['order'],
  });
});

test('what differs between the approaches shows in the shape', () => {
  // an annotation OpenTelemetry sets but does not list in aws.xray.annotations is metadata to X-Ray
  const unlisted = structuredClone(otel);
  unlisted.spans[2]!.span.attributes = attributes({ user_id: USER, lines: 1, order_id: 'O11Y-20261123-UBN4R', product_id: 7 });
  expect(shapeOf(unlisted, known).annotations).toEqual({});
  // a product ID sent as text is not the number X-Ray indexes
  const asText = structuredClone(otel);
  asText.spans[2]!.span.attributes = attributes({ 'aws.xray.annotations': ['product_id'], product_id: '7' });
  expect(shapeOf(asText, known).annotations['order: POST /api/order/orders › checkout']).toEqual({ product_id: '<product id>' });
  // a step that failed: status ERROR and the exception, a fault as X-Ray would mark it
  const failed = structuredClone(otel);
  failed.spans[5]!.span.status = { code: 2, message: 'card declined' };
  failed.spans[5]!.span.events = [{ name: 'exception', attributes: attributes({ 'exception.type': 'o11yshop.order.PaymentDeclined' }) }];
  expect(shapeOf(failed, known).errors['order: POST /api/order/orders › checkout › pay']).toBe('fault (PaymentDeclined)');
});

test('values, paths and statements are normalized', () => {
  expect(normalizeValue('product_id', 7, known)).toBe('<product id> (number)');
  expect(normalizeValue('product_id', '7', known)).toBe('<product id>');
  expect(normalizeValue('product_id', 8, known)).toBe(8);
  expect(normalizeValue('event_id', 'A5FF699F-33C5-4FAC-9CE7-2911FEB3DF59')).toBe('<uuid>');
  expect(normalizeValue('order_id', 'O11Y-20261123-UBN4R')).toBe('<order number>');
  expect(normalizeValue('outcome', 'declined')).toBe('declined');
  expect(templatePath('http://127.0.0.1:8082/api/inventory/reservations/bda9c7a9-8cbd-4308-abd7-010fb248b823/release')).toBe(
    '/api/inventory/reservations/{id}/release',
  );
  expect(templatePath('http://127.0.0.1:8082/api/inventory/stock?productIds=60')).toBe('/api/inventory/stock');
  expect(templatePath('/api/catalog/products/60')).toBe('/api/catalog/products/{id}');
  expect(sqlSummary('insert into "customer_order" ("id") values (?)')).toBe('insert customer_order');
  expect(sqlSummary('update "stock_item" set "available" = ?')).toBe('update stock_item');
  expect(sqlSummary('select exists (select 1 from "checkout" where ("checkout"."user_id" = ?))')).toBe('select checkout');
  expect(sqlSummary('select lastval()')).toBe('select');
});

test('a token renewal inside the request is left out of the shape, with what identity did for it', () => {
  const renewal: SegmentDocument[] = [
    {
      name: 'order',
      id: 'c000000000000001', start_time: 1,
      http: { request: { method: 'POST', url: 'http://127.0.0.1:8083/api/order/orders' }, response: { status: 201 } },
      subsegments: [
        {
          name: '127.0.0.1',
          id: 'c000000000000002', start_time: 1,
          namespace: 'remote',
          http: { request: { method: 'POST', url: 'http://127.0.0.1:8084/api/identity/oauth2/token' }, response: { status: 200 } },
        },
      ],
    },
    {
      name: 'identity',
      id: 'd000000000000001', start_time: 1,
      parent_id: 'c000000000000002',
      http: { request: { method: 'POST', url: 'http://127.0.0.1:8084/api/identity/oauth2/token' }, response: { status: 200 } },
      subsegments: [{ name: 'postgres@127.0.0.1', id: 'd000000000000002', start_time: 1, namespace: 'remote', sql: { sanitized_query: 'select 1' } }],
    },
  ];
  const withRenewal = shapeOf({ ...xray, segmentDocuments: [...(xray.segmentDocuments ?? []), ...renewal] }, known);
  const withoutRenewal = shapeOf({ ...xray, segmentDocuments: [...(xray.segmentDocuments ?? []), renewal[0]!] }, known);

  expect(withRenewal.services).not.toContain('identity');
  expect(withRenewal.hops).not.toContain('order→identity (http)');
  expect(withoutRenewal.hops).not.toContain('order→identity (http)');
});
