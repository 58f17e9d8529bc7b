import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/test/fetch';
import { otlpMetrics } from '@/test/otlp-metrics';
import { XRAY_TRACE_ID, otelTrace, xrayTrace } from '@/test/telemetry';
import LabPage from './page';

describe('Observability Lab', () => {
  it('lists the caught traces with their request, services, status and duration', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [xrayTrace] }) });

    render(<LabPage />);

    const row = (await screen.findByRole('link', { name: 'GET /api/catalog/products/7' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('catalog → inventory')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('42 ms')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'GET /api/catalog/products/7' })).toHaveAttribute(
      'href',
      `/lab/trace?id=${encodeURIComponent(XRAY_TRACE_ID)}`,
    );
  });

  it('shows the request and services of an OpenTelemetry trace too, and which approach traced each', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [otelTrace, xrayTrace] }) });

    render(<LabPage />);

    const links = await screen.findAllByRole('link', { name: 'GET /api/catalog/products/7' });
    const [otelRow, xrayRow] = links.map((link) => link.closest('tr') as HTMLElement);
    expect(within(otelRow as HTMLElement).getByText('catalog → inventory')).toBeInTheDocument();
    expect(within(otelRow as HTMLElement).getByText('48 ms')).toBeInTheDocument();
    expect(within(otelRow as HTMLElement).getByText('OpenTelemetry')).toBeInTheDocument();
    expect(within(xrayRow as HTMLElement).getByText('X-Ray SDK')).toBeInTheDocument();
    expect(links[0]).toHaveAttribute('href', `/lab/trace?id=${encodeURIComponent(otelTrace.traceId)}`);
    expect(screen.getByRole('link', { name: 'compare the two approaches' })).toHaveAttribute('href', '/lab/compare');
  });

  it('shows the metrics an EMF line becomes', async () => {
    mockApi({
      'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [] }),
      'GET /_launcher/telemetry/metrics': () =>
        jsonResponse({
          metricLines: [
            {
              source: 'order',
              seen: '2026-11-23T12:00:00Z',
              document: {
                _aws: {
                  Timestamp: 1,
                  CloudWatchMetrics: [{ Namespace: 'O11yShop', Dimensions: [['service']], Metrics: [{ Name: 'OrdersPlaced', Unit: 'Count' }] }],
                },
                service: 'order',
                OrdersPlaced: 1,
              },
            },
          ],
        }),
    });
    render(<LabPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Metrics (EMF)' }));

    expect(await screen.findByText('OrdersPlaced')).toBeInTheDocument();
    expect(screen.getByText('service=order')).toBeInTheDocument();
  });

  it('reads the OTLP metrics point by point, newest first, with the document each came as', async () => {
    mockApi({
      'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [] }),
      'GET /_launcher/telemetry/otlp/metrics': () => jsonResponse({ metrics: otlpMetrics }),
    });
    render(<LabPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Metrics (OTLP)' }));

    const list = await screen.findByRole('list', { name: 'OTLP metrics' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const [duration, memory, views, connections] = items as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(duration).getByText('http.server.request.duration')).toBeInTheDocument();
    expect(within(memory).getByText('jvm.memory.used')).toBeInTheDocument();
    expect(within(views).getByText('shop.product.views')).toBeInTheDocument();
    expect(within(connections).getByText('hikaricp.connections.active')).toBeInTheDocument();
    expect(within(duration).getByText(/· catalog · io\.opentelemetry\.spring-webmvc-6\.0$/)).toBeInTheDocument();
    expect(within(duration).getByText('exponential histogram (cumulative)')).toBeInTheDocument();
    expect(within(duration).getByText('unit s')).toBeInTheDocument();
    const okRow = within(duration).getByText(/http\.response\.status_code=200/).closest('tr') as HTMLElement;
    expect(within(okRow).getByText('count 3 · sum 0.131942 · min 0.012308 · max 0.084157 · scale 5')).toBeInTheDocument();
    expect(within(memory).getByText('sum (cumulative)')).toBeInTheDocument();
    expect(within(memory).getByText('jvm.memory.pool.name=G1 Eden Space, jvm.memory.type=heap')).toBeInTheDocument();
    expect(within(memory).getByText('value 52,428,800')).toBeInTheDocument();
    expect(within(views).getByText('sum (monotonic, cumulative)')).toBeInTheDocument();
    expect(within(connections).getByText('gauge')).toBeInTheDocument();
    expect(within(connections).getByText('value 0')).toBeInTheDocument();

    await userEvent.click(within(memory).getByText('The OTLP JSON document'));
    expect(within(memory).getByText(/"asInt": "52428800"/)).toBeVisible();
    expect(screen.getByText(/EMF exporter/)).toHaveTextContent('turns these OTLP metrics into CloudWatch metrics');
  });

  it('explains where to look when no launcher answers, as in AWS', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => problemResponse(404, 'Not Found') });

    render(<LabPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('open the X-Ray console');
  });
});
