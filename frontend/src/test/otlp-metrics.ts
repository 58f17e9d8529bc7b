/**
 * What catalog exports in mode `otel` after a few requests, as the launcher keeps it: one OTLP JSON
 * document per metric (protobuf's JSON mapping, enums as numbers, 64-bit integers as strings, fields at
 * their default left out), newest first as /_launcher/telemetry/otlp/metrics answers.
 */
import type { OtlpMetricItem } from '@/lib/telemetry/lab-api';
import type { KeyValue, OtlpResource } from '@/lib/telemetry/otlp';

const str = (key: string, value: string): KeyValue => ({ key, value: { stringValue: value } });
const int = (key: string, value: number): KeyValue => ({ key, value: { intValue: String(value) } });

export const catalogResource: OtlpResource = {
  attributes: [
    str('service.name', 'catalog'),
    str('service.version', '0.1.0'),
    str('telemetry.sdk.language', 'java'),
    str('telemetry.sdk.name', 'opentelemetry'),
    str('telemetry.sdk.version', '1.56.0'),
  ],
};

const START = '1795435180000000000';
const TIME = '1795435240000000000';

/** The request metric of the server span's instrumentation, in seconds, as an exponential histogram. */
export const requestDuration: OtlpMetricItem = {
  seen: '2026-11-23T12:00:40.512Z',
  document: {
    source: 'otlp',
    resource: catalogResource,
    scope: { name: 'io.opentelemetry.spring-webmvc-6.0', version: '2.22.0-alpha' },
    metric: {
      name: 'http.server.request.duration',
      description: 'Duration of HTTP server requests.',
      unit: 's',
      exponentialHistogram: {
        dataPoints: [
          {
            attributes: [
              str('http.request.method', 'GET'),
              str('http.route', '/api/catalog/products/{productId}'),
              int('http.response.status_code', 200),
              str('url.scheme', 'http'),
            ],
            startTimeUnixNano: START,
            timeUnixNano: TIME,
            count: '3',
            sum: 0.131942,
            scale: 5,
            zeroCount: '0',
            positive: { offset: -205, bucketCounts: ['1', '0', '0', '1', '0', '1'] },
            negative: {},
            min: 0.012308,
            max: 0.084157,
          },
          {
            attributes: [
              str('http.request.method', 'GET'),
              str('http.route', '/api/catalog/products/{productId}'),
              int('http.response.status_code', 404),
              str('url.scheme', 'http'),
            ],
            startTimeUnixNano: START,
            timeUnixNano: TIME,
            count: '1',
            sum: 0.004871,
            scale: 20,
            positive: { offset: -8048014, bucketCounts: ['1'] },
            negative: {},
            min: 0.004871,
            max: 0.004871,
          },
        ],
        aggregationTemporality: 2,
      },
    },
  },
};

/** A JVM metric of RuntimeTelemetry: an asynchronous up-down counter, in bytes. */
export const memoryUsed: OtlpMetricItem = {
  seen: '2026-11-23T12:00:40.511Z',
  document: {
    source: 'otlp',
    resource: catalogResource,
    scope: { name: 'io.opentelemetry.runtime-telemetry-java8', version: '2.22.0-alpha' },
    metric: {
      name: 'jvm.memory.used',
      description: 'Measure of memory used.',
      unit: 'By',
      sum: {
        dataPoints: [
          {
            attributes: [str('jvm.memory.pool.name', 'G1 Eden Space'), str('jvm.memory.type', 'heap')],
            startTimeUnixNano: START,
            timeUnixNano: TIME,
            asInt: '52428800',
          },
        ],
        aggregationTemporality: 2,
      },
    },
  },
};

/** A business counter that crossed over from Micrometer: a monotonic sum of doubles. */
export const productViews: OtlpMetricItem = {
  seen: '2026-11-23T12:00:40.510Z',
  document: {
    source: 'otlp',
    resource: catalogResource,
    scope: { name: 'io.opentelemetry.micrometer-1.5' },
    metric: {
      name: 'shop.product.views',
      sum: {
        dataPoints: [{ startTimeUnixNano: START, timeUnixNano: TIME, asDouble: 4 }],
        aggregationTemporality: 2,
        isMonotonic: true,
      },
    },
  },
};

/** The connection pool's gauge, through the Micrometer bridge too. */
export const activeConnections: OtlpMetricItem = {
  seen: '2026-11-23T12:00:40.509Z',
  document: {
    source: 'otlp',
    resource: catalogResource,
    scope: { name: 'io.opentelemetry.micrometer-1.5' },
    metric: {
      name: 'hikaricp.connections.active',
      description: 'Active connections',
      gauge: {
        dataPoints: [{ attributes: [str('pool', 'HikariPool-1')], timeUnixNano: TIME, asDouble: 0 }],
      },
    },
  },
};

export const otlpMetrics: OtlpMetricItem[] = [requestDuration, memoryUsed, productViews, activeConnections];
