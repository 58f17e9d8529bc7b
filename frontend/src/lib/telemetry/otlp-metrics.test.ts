import { describe, expect, it } from 'vitest';
import { activeConnections, catalogResource, memoryUsed, productViews, requestDuration } from '@/test/otlp-metrics';
import { type OtlpMetricDocument, formatMetricNumber, readMetric, readingsOf, temporalityOf } from './otlp-metrics';

describe('readMetric', () => {
  it('reads an exponential histogram: count, sum, min, max and scale of each data point', () => {
    const metric = readMetric(requestDuration.document);

    expect(metric).toMatchObject({
      service: 'catalog',
      scope: 'io.opentelemetry.spring-webmvc-6.0',
      name: 'http.server.request.duration',
      description: 'Duration of HTTP server requests.',
      unit: 's',
      kind: 'exponential histogram',
      temporality: 'cumulative',
    });
    expect(metric.points).toEqual([
      {
        attributes: {
          'http.request.method': 'GET',
          'http.route': '/api/catalog/products/{productId}',
          'http.response.status_code': 200,
          'url.scheme': 'http',
        },
        count: 3,
        sum: 0.131942,
        min: 0.012308,
        max: 0.084157,
        scale: 5,
      },
      expect.objectContaining({ count: 1, scale: 20 }),
    ]);
  });

  it('reads an up-down counter of 64-bit integers, and a counter of doubles', () => {
    expect(readMetric(memoryUsed.document)).toMatchObject({
      name: 'jvm.memory.used',
      unit: 'By',
      kind: 'sum',
      monotonic: false,
      points: [{ attributes: { 'jvm.memory.pool.name': 'G1 Eden Space', 'jvm.memory.type': 'heap' }, value: 52428800 }],
    });
    expect(readMetric(productViews.document)).toMatchObject({
      name: 'shop.product.views',
      unit: '',
      kind: 'sum',
      monotonic: true,
      temporality: 'cumulative',
      points: [{ attributes: {}, value: 4 }],
    });
  });

  it('reads a gauge whose value is zero, which OTLP JSON still writes', () => {
    const metric = readMetric(activeConnections.document);

    expect(metric).toMatchObject({ kind: 'gauge', points: [{ attributes: { pool: 'HikariPool-1' }, value: 0 }] });
    expect(metric.temporality).toBeUndefined();
  });

  it('reads an explicit-bucket histogram, and the defaults OTLP JSON leaves out', () => {
    const document: OtlpMetricDocument = {
      source: 'otlp',
      resource: catalogResource,
      scope: { name: 'io.opentelemetry.micrometer-1.5' },
      metric: {
        name: 'hikaricp.connections.acquire',
        unit: 'ms',
        histogram: {
          dataPoints: [
            {
              timeUnixNano: '1795435240000000000',
              count: '2',
              sum: 1.5,
              bucketCounts: ['1', '1', '0'],
              explicitBounds: [1, 5],
              min: 0.25,
              max: 1.25,
            },
            { timeUnixNano: '1795435240000000000', bucketCounts: ['0', '0', '0'], explicitBounds: [1, 5] },
          ],
          aggregationTemporality: 1,
        },
      },
    };

    const metric = readMetric(document);

    expect(metric.kind).toBe('histogram');
    expect(metric.temporality).toBe('delta');
    expect(metric.points.map(readingsOf)).toEqual([
      [
        { name: 'count', text: '2' },
        { name: 'sum', text: '1.5' },
        { name: 'min', text: '0.25' },
        { name: 'max', text: '1.25' },
      ],
      [{ name: 'count', text: '0' }],
    ]);
  });

  it('keeps a count too big for a double as its digits, reads NaN, and names an unknown service', () => {
    const metric = readMetric({
      metric: {
        name: 'odd',
        exponentialHistogram: { dataPoints: [{ count: '9007199254740993', sum: 'NaN' }] },
      },
    });

    expect(metric).toMatchObject({ service: 'unknown_service', kind: 'exponential histogram', temporality: 'unspecified' });
    expect(metric.points[0]).toMatchObject({ count: '9007199254740993', sum: NaN, scale: 0 });
  });

  it('says so when the metric holds no kind it knows', () => {
    expect(readMetric({ metric: { name: 'empty' } })).toMatchObject({ kind: 'unknown', points: [] });
  });
});

describe('readingsOf', () => {
  it('prints a value, or a histogram’s figures with the scale last', () => {
    expect(readingsOf(readMetric(memoryUsed.document).points[0]!)).toEqual([{ name: 'value', text: '52,428,800' }]);
    expect(readingsOf(readMetric(requestDuration.document).points[0]!).map(({ name, text }) => `${name} ${text}`)).toEqual([
      'count 3',
      'sum 0.131942',
      'min 0.012308',
      'max 0.084157',
      'scale 5',
    ]);
  });
});

describe('temporalityOf', () => {
  it('reads the enum as a number or as its name', () => {
    expect([1, '2', 'AGGREGATION_TEMPORALITY_DELTA', 'AGGREGATION_TEMPORALITY_CUMULATIVE', 0, undefined].map(temporalityOf)).toEqual([
      'delta',
      'cumulative',
      'delta',
      'cumulative',
      'unspecified',
      'unspecified',
    ]);
  });
});

describe('formatMetricNumber', () => {
  it('groups whole numbers and rounds fractions to six significant digits', () => {
    expect(formatMetricNumber(1234567)).toBe('1,234,567');
    expect(formatMetricNumber(0.0123456789)).toBe('0.0123457');
    expect(formatMetricNumber(Infinity)).toBe('Infinity');
    expect(formatMetricNumber('9007199254740993')).toBe('9007199254740993');
  });
});
