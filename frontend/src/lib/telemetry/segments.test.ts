import { describe, expect, it } from 'vitest';
import { type SegmentDocument, pathOf, summarize, waterfall } from './segments';

const TRACE = '1-5759e988-bd862e3fe1be46a994272793';

const catalog: SegmentDocument = {
  name: 'catalog',
  id: '70de5b6f19ff9a0a',
  trace_id: TRACE,
  start_time: 100.0,
  end_time: 100.25,
  http: { request: { method: 'GET', url: 'http://localhost:8080/api/catalog/products/7' }, response: { status: 200 } },
  subsegments: [
    { name: 'catalog@localhost', id: 'a1', start_time: 100.01, end_time: 100.02, namespace: 'remote', sql: { sanitized_query: 'select * from product where id = ?' } },
    { name: 'inventory', id: 'a2', start_time: 100.05, end_time: 100.2, namespace: 'remote' },
  ],
};

const inventory: SegmentDocument = {
  name: 'inventory',
  id: 'b0',
  trace_id: TRACE,
  parent_id: 'a2',
  start_time: 100.06,
  end_time: 100.19,
  http: { request: { method: 'GET', url: 'http://127.0.0.1:8082/api/inventory/stock/7' }, response: { status: 200 } },
};

const independentSubsegment: SegmentDocument = {
  name: 'inventory@localhost',
  id: 'b1',
  trace_id: TRACE,
  parent_id: 'b0',
  type: 'subsegment',
  start_time: 100.07,
  end_time: 100.08,
  namespace: 'remote',
};

describe('waterfall', () => {
  it('hangs the downstream segment under the call that reached it and keeps start order', () => {
    const spans = waterfall([independentSubsegment, inventory, catalog]);

    expect(spans.map((span) => `${'  '.repeat(span.depth)}${span.name}`)).toEqual([
      'catalog',
      '  catalog@localhost',
      '  inventory',
      '    inventory',
      '      inventory@localhost',
    ]);
    expect(spans.map((span) => span.service)).toEqual(['catalog', 'catalog', 'catalog', 'inventory', 'inventory']);
    expect(spans[3]?.kind).toBe('segment');
  });

  it('counts a document sent in progress and then complete once, as its latest version', () => {
    const inProgress: SegmentDocument = { ...inventory, end_time: undefined, in_progress: true };

    const spans = waterfall([catalog, inProgress, inventory]);

    expect(spans.filter((span) => span.id === 'b0')).toHaveLength(1);
    expect(spans.find((span) => span.id === 'b0')?.endSeconds).toBe(100.19);
  });

  it('shows a subsegment whose parent has not arrived at the top rather than losing it', () => {
    expect(waterfall([independentSubsegment])).toEqual([expect.objectContaining({ id: 'b1', depth: 0 })]);
  });
});

describe('summarize', () => {
  it('describes a trace by its entry segment', () => {
    expect(summarize(TRACE, [inventory, catalog])).toEqual({
      traceId: TRACE,
      service: 'catalog',
      method: 'GET',
      url: 'http://localhost:8080/api/catalog/products/7',
      status: 200,
      outcome: 'ok',
      startSeconds: 100.0,
      durationMs: 250,
      services: ['catalog', 'inventory'],
      spanCount: 4,
    });
  });

  it('flags a fault', () => {
    expect(summarize(TRACE, [{ ...catalog, fault: true }]).outcome).toBe('fault');
  });
});

describe('pathOf', () => {
  it('keeps the path and query of a URL', () => {
    expect(pathOf('http://localhost:8080/api/catalog/products/search?q=tea')).toBe('/api/catalog/products/search?q=tea');
    expect(pathOf('/relative')).toBe('/relative');
  });
});
