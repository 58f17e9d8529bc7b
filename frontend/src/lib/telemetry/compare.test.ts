import { describe, expect, it } from 'vitest';
import { otelTrace, otlpSpan, str, xrayTrace } from '@/test/telemetry';
import { matchKey, pairNodes } from './compare';
import type { SegmentDocument } from './segments';
import { fromSegments, fromSpans, fromTrace } from './trace-model';

const names = (rows: ReturnType<typeof pairNodes>) => rows.map((row) => [row.left?.name ?? '—', row.right?.name ?? '—']);

describe('matchKey', () => {
  it('gives an X-Ray node and the OTel span of the same work the same key', () => {
    const xray = fromTrace(xrayTrace);
    const otel = fromTrace(otelTrace);

    expect(xray.map(matchKey)).toEqual([
      'catalog|entry|GET',
      'catalog|sql|SELECT',
      'catalog|http|127.0.0.1',
      'inventory|entry|GET',
      'inventory|sql|SELECT',
    ]);
    expect(otel.map(matchKey)).toEqual([
      'catalog|entry|GET',
      'catalog|step|load product',
      'catalog|sql|SELECT',
      'catalog|http|127.0.0.1',
      'inventory|entry|GET',
      'inventory|sql|SELECT',
    ]);
  });

  it('reads AWS service names however each SDK spells them', () => {
    const segment = { name: 'Sqs', id: 'a', start_time: 1, end_time: 2, namespace: 'aws', aws: { operation: 'SendMessage' } };
    const [xray] = fromSegments([{ name: 'order', id: 'p', start_time: 1, subsegments: [segment as SegmentDocument] }]).slice(1);
    const span = (service: string) =>
      fromSpans([
        otlpSpan({
          service: 'order',
          scope: 'io.opentelemetry.aws-sdk-2.2',
          spanId: 'f0f0f0f0f0f0f0f0',
          parentSpanId: '0101010101010101',
          name: `${service}.SendMessage`,
          kind: 4,
          startMs: 1,
          endMs: 2,
          attributes: [str('rpc.system', 'aws-api'), str('rpc.service', service), str('rpc.method', 'SendMessage')],
        }),
      ])[0];

    expect(xray && matchKey(xray)).toBe('order|aws|sqs.sendmessage');
    expect(matchKey(span('Sqs')!)).toBe('order|aws|sqs.sendmessage');
    expect(matchKey(span('AmazonSQS')!)).toBe('order|aws|sqs.sendmessage');
  });
});

describe('pairNodes', () => {
  it('pairs the same request captured by X-Ray and by OpenTelemetry, and shows what only one has', () => {
    const rows = pairNodes(fromTrace(xrayTrace), fromTrace(otelTrace));

    expect(names(rows)).toEqual([
      ['catalog', 'GET /products/{productId}'],
      ['—', 'load product'],
      ['catalog@127.0.0.1', 'SELECT catalog.product'],
      ['127.0.0.1', 'GET'],
      ['inventory', 'GET /stock/{productId}'],
      ['inventory@127.0.0.1', 'SELECT inventory.stock_item'],
    ]);
  });

  it('pairs repeated work in order, first with first', () => {
    const statement = (id: string, start: number, query: string): SegmentDocument => ({
      name: 'shop@127.0.0.1',
      id,
      start_time: start,
      end_time: start + 0.001,
      namespace: 'remote',
      sql: { sanitized_query: query },
    });
    const left = fromSegments([
      {
        name: 'order',
        id: 'p',
        start_time: 1,
        end_time: 2,
        subsegments: [statement('s1', 1.1, 'select a'), statement('s2', 1.2, 'insert b'), statement('s3', 1.3, 'select c')],
      },
    ]);
    const right = fromSegments([
      { name: 'order', id: 'q', start_time: 1, end_time: 2, subsegments: [statement('t1', 1.1, 'select a'), statement('t2', 1.2, 'select c')] },
    ]);

    expect(pairNodes(left, right).map((row) => [row.left?.id, row.right?.id])).toEqual([
      ['p', 'q'],
      ['s1', 't1'],
      ['s2', undefined],
      ['s3', 't2'],
    ]);
  });

  it('keeps every node of both sides exactly once', () => {
    const left = fromTrace(otelTrace);
    const right = fromTrace(xrayTrace);
    const rows = pairNodes(left, right);

    expect(rows.flatMap((row) => (row.left ? [row.left] : []))).toEqual(left);
    expect(new Set(rows.flatMap((row) => (row.right ? [row.right] : [])))).toEqual(new Set(right));
    expect(rows.filter((row) => row.right)).toHaveLength(right.length);
  });

  it('has nothing to pair when one side is empty', () => {
    expect(names(pairNodes([], fromTrace(xrayTrace)))).toHaveLength(5);
    expect(pairNodes([], [])).toEqual([]);
  });
});
