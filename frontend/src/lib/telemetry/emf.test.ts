import { describe, expect, it } from 'vitest';
import { type EmfDocument, extractMetrics } from './emf';

const line: EmfDocument = {
  _aws: {
    Timestamp: 1_700_000_000_000,
    CloudWatchMetrics: [
      {
        Namespace: 'O11yShop',
        Dimensions: [['service'], ['service', 'route']],
        Metrics: [
          { Name: 'Latency', Unit: 'Milliseconds' },
          { Name: 'Requests', Unit: 'Count' },
          { Name: 'Missing', Unit: 'Count' },
        ],
      },
    ],
  },
  service: 'catalog',
  route: 'GET /products/{productId}',
  Latency: [12, 30],
  Requests: 2,
  traceId: '1-5759e988-bd862e3fe1be46a994272793',
};

describe('extractMetrics', () => {
  it('makes one data point per metric and dimension set, as CloudWatch does', () => {
    const metrics = extractMetrics(line);

    expect(metrics).toHaveLength(4);
    expect(metrics[1]).toEqual({
      namespace: 'O11yShop',
      name: 'Latency',
      unit: 'Milliseconds',
      dimensions: { service: 'catalog', route: 'GET /products/{productId}' },
      values: [12, 30],
      timestamp: 1_700_000_000_000,
    });
    expect(metrics.map((metric) => metric.name)).not.toContain('Missing');
  });

  it('skips a dimension set whose member is not a string', () => {
    const metrics = extractMetrics({ ...line, route: 42 });

    expect(metrics.every((metric) => Object.keys(metric.dimensions).length === 1)).toBe(true);
  });
});
