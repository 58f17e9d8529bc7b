/**
 * One request — GET /api/catalog/products/7, where catalog reads the product and asks inventory for its
 * stock — as each approach records it: X-Ray segment documents as the SDK sends them to the daemon, and
 * OpenTelemetry spans as OTLP JSON the way the launcher keeps them (enums as numbers, 64-bit integers as
 * strings, IDs in hex, default fields left out).
 */
import type { CaughtTrace } from '@/lib/telemetry/lab-api';
import type { AnyValue, KeyValue, OtlpSpanDocument } from '@/lib/telemetry/otlp';
import type { SegmentDocument } from '@/lib/telemetry/segments';

export const XRAY_TRACE_ID = '1-6b042abc-00edebe379fc0aa00f407ae0';
export const OTEL_TRACE_ID = '1-6b042b10-5f1c2d3e4f5a6b7c8d9e0f1a';
const OTEL_TRACE_HEX = '6b042b105f1c2d3e4f5a6b7c8d9e0f1a';

export const catalogSegment: SegmentDocument = {
  name: 'catalog',
  id: '70de5b6f19ff9a0a',
  trace_id: XRAY_TRACE_ID,
  start_time: 1795435196.1,
  end_time: 1795435196.142,
  http: {
    request: { method: 'GET', url: 'http://localhost:8080/api/catalog/products/7' },
    response: { status: 200, content_length: 512 },
  },
  annotations: { product_id: 7 },
  subsegments: [
    {
      name: 'catalog@127.0.0.1',
      id: 'a1a1a1a1a1a1a1a1',
      start_time: 1795435196.105,
      end_time: 1795435196.109,
      namespace: 'remote',
      sql: {
        url: 'jdbc:postgresql://127.0.0.1:5432/shop',
        sanitized_query: 'select "catalog"."product"."name" from "catalog"."product" where "catalog"."product"."id" = ?',
        database_type: 'PostgreSQL',
        database_version: '17.11',
      },
    },
    {
      name: '127.0.0.1',
      id: 'a2a2a2a2a2a2a2a2',
      start_time: 1795435196.11,
      end_time: 1795435196.14,
      namespace: 'remote',
      http: {
        request: { method: 'GET', url: 'http://127.0.0.1:8082/api/inventory/stock/7' },
        response: { status: 200, content_length: 48 },
      },
    },
  ],
};

export const inventorySegment: SegmentDocument = {
  name: 'inventory',
  id: 'b0b0b0b0b0b0b0b0',
  trace_id: XRAY_TRACE_ID,
  parent_id: 'a2a2a2a2a2a2a2a2',
  start_time: 1795435196.112,
  end_time: 1795435196.138,
  http: { request: { method: 'GET', url: 'http://127.0.0.1:8082/api/inventory/stock/7' }, response: { status: 200 } },
};

/** Sent on its own, as the SDK streams subsegments of a long segment. */
export const inventorySqlSubsegment: SegmentDocument = {
  name: 'inventory@127.0.0.1',
  id: 'b1b1b1b1b1b1b1b1',
  trace_id: XRAY_TRACE_ID,
  parent_id: 'b0b0b0b0b0b0b0b0',
  type: 'subsegment',
  start_time: 1795435196.115,
  end_time: 1795435196.118,
  namespace: 'remote',
  sql: { sanitized_query: 'select available from stock_item where product_id = ?', database_type: 'PostgreSQL' },
};

export const xrayTrace: CaughtTrace = {
  traceId: XRAY_TRACE_ID,
  firstSeen: '2026-11-23T12:00:00Z',
  segmentDocuments: [catalogSegment, inventorySqlSubsegment, inventorySegment],
  spans: [],
  logLines: [
    { timestamp: '2026-11-23T12:00:00.110Z', level: 'INFO', service: 'catalog', logger: 'x', message: 'Product 7 read', trace_id: XRAY_TRACE_ID },
  ],
};

export function str(key: string, value: string): KeyValue {
  return { key, value: { stringValue: value } };
}

export function int(key: string, value: number): KeyValue {
  return { key, value: { intValue: String(value) } };
}

function resource(service: string) {
  return {
    attributes: [
      str('service.name', service),
      str('telemetry.sdk.language', 'java'),
      str('telemetry.sdk.name', 'opentelemetry'),
      str('telemetry.sdk.version', '1.49.0'),
    ],
  };
}

interface SpanSpec {
  service: string;
  scope: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startMs: number;
  endMs: number;
  attributes: KeyValue[];
  events?: { name: string; timeUnixNano: string; attributes: KeyValue[] }[];
  status?: { code?: number; message?: string };
}

function nanos(ms: number): string {
  return `1795435280${String(Math.round(ms * 1e6)).padStart(9, '0')}`;
}

export function otlpSpan(spec: SpanSpec): OtlpSpanDocument {
  return {
    source: 'otlp',
    resource: resource(spec.service),
    scope: { name: spec.scope, version: '2.15.0-alpha' },
    span: {
      traceId: OTEL_TRACE_HEX,
      spanId: spec.spanId,
      ...(spec.parentSpanId ? { parentSpanId: spec.parentSpanId } : {}),
      name: spec.name,
      kind: spec.kind,
      startTimeUnixNano: nanos(spec.startMs),
      endTimeUnixNano: nanos(spec.endMs),
      attributes: spec.attributes,
      ...(spec.events ? { events: spec.events } : {}),
      status: spec.status ?? {},
    },
  };
}

const annotationKeys = (...keys: string[]): KeyValue => ({
  key: 'aws.xray.annotations',
  value: { arrayValue: { values: keys.map((key): AnyValue => ({ stringValue: key })) } },
});

export const catalogServerSpan = otlpSpan({
  service: 'catalog',
  scope: 'io.opentelemetry.spring-webmvc-6.0',
  spanId: 'c0c0c0c0c0c0c0c0',
  name: 'GET /products/{productId}',
  kind: 2,
  startMs: 100,
  endMs: 148,
  attributes: [
    str('http.request.method', 'GET'),
    str('url.path', '/api/catalog/products/7'),
    str('url.scheme', 'http'),
    str('http.route', '/products/{productId}'),
    int('http.response.status_code', 200),
    str('server.address', 'localhost'),
    int('server.port', 8080),
  ],
});

export const loadProductSpan = otlpSpan({
  service: 'catalog',
  scope: 'o11yshop.platform.observability',
  spanId: 'c1c1c1c1c1c1c1c1',
  parentSpanId: 'c0c0c0c0c0c0c0c0',
  name: 'load product',
  kind: 1,
  startMs: 102,
  endMs: 112,
  attributes: [int('product_id', 7), str('source', 'database'), annotationKeys('product_id')],
});

export const catalogSqlSpan = otlpSpan({
  service: 'catalog',
  scope: 'io.opentelemetry.jdbc',
  spanId: 'c2c2c2c2c2c2c2c2',
  parentSpanId: 'c1c1c1c1c1c1c1c1',
  name: 'SELECT catalog.product',
  kind: 3,
  startMs: 104,
  endMs: 108,
  attributes: [
    str('db.system.name', 'postgresql'),
    str('db.namespace', 'shop'),
    str('db.query.text', 'select "catalog"."product"."name" from "catalog"."product" where "catalog"."product"."id" = ?'),
    str('db.operation.name', 'SELECT'),
    str('db.collection.name', 'catalog.product'),
    str('server.address', '127.0.0.1'),
    int('server.port', 5432),
  ],
});

export const stockCallSpan = otlpSpan({
  service: 'catalog',
  scope: 'io.opentelemetry.spring-web-6.0',
  spanId: 'c3c3c3c3c3c3c3c3',
  parentSpanId: 'c0c0c0c0c0c0c0c0',
  name: 'GET',
  kind: 3,
  startMs: 113,
  endMs: 146,
  attributes: [
    str('http.request.method', 'GET'),
    str('url.full', 'http://127.0.0.1:8082/api/inventory/stock/7'),
    int('http.response.status_code', 200),
    str('server.address', '127.0.0.1'),
    int('server.port', 8082),
  ],
});

export const inventoryServerSpan = otlpSpan({
  service: 'inventory',
  scope: 'io.opentelemetry.spring-webmvc-6.0',
  spanId: 'd0d0d0d0d0d0d0d0',
  parentSpanId: 'c3c3c3c3c3c3c3c3',
  name: 'GET /stock/{productId}',
  kind: 2,
  startMs: 115,
  endMs: 144,
  attributes: [
    str('http.request.method', 'GET'),
    str('url.path', '/api/inventory/stock/7'),
    str('http.route', '/stock/{productId}'),
    int('http.response.status_code', 200),
  ],
});

export const inventorySqlSpan = otlpSpan({
  service: 'inventory',
  scope: 'io.opentelemetry.jdbc',
  spanId: 'd1d1d1d1d1d1d1d1',
  parentSpanId: 'd0d0d0d0d0d0d0d0',
  name: 'SELECT inventory.stock_item',
  kind: 3,
  startMs: 118,
  endMs: 121,
  attributes: [
    str('db.system.name', 'postgresql'),
    str('db.query.text', 'select available from stock_item where product_id = ?'),
    str('server.address', '127.0.0.1'),
  ],
});

export const otelTrace: CaughtTrace = {
  traceId: OTEL_TRACE_ID,
  firstSeen: '2026-11-23T12:01:24Z',
  segmentDocuments: [],
  // in the order they were exported: a child ends, and is sent, before its parent
  spans: [catalogSqlSpan, loadProductSpan, inventorySqlSpan, inventoryServerSpan, stockCallSpan, catalogServerSpan],
  logLines: [
    {
      source: 'otlp',
      resource: resource('catalog'),
      scope: { name: 'o11yshop.catalog.ProductController' },
      logRecord: {
        timeUnixNano: nanos(110),
        severityNumber: 9,
        severityText: 'INFO',
        body: { stringValue: 'Product 7 read' },
        traceId: OTEL_TRACE_HEX,
        spanId: 'c1c1c1c1c1c1c1c1',
      },
    },
  ],
};
