import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/test/fetch';
import { otelTrace } from '@/test/telemetry';
import LabPage from './page';

const TRACE = '1-5759e988-bd862e3fe1be46a994272793';

const productRequest = {
  traceId: TRACE,
  firstSeen: '2026-11-23T12:00:00Z',
  segmentDocuments: [
    {
      name: 'catalog',
      id: '70de5b6f19ff9a0a',
      trace_id: TRACE,
      start_time: 100,
      end_time: 100.042,
      http: { request: { method: 'GET', url: 'http://localhost:8080/api/catalog/products/7' }, response: { status: 200 } },
      subsegments: [{ name: 'inventory', id: 'a2', start_time: 100.01, end_time: 100.03, namespace: 'remote' }],
    },
    { name: 'inventory', id: 'b0', trace_id: TRACE, parent_id: 'a2', start_time: 100.011, end_time: 100.029 },
  ],
  logLines: [{ timestamp: '2026-11-23T12:00:00.010Z', level: 'INFO', service: 'catalog', logger: 'x', message: 'hi' }],
};

describe('Observability Lab', () => {
  it('lists the caught traces with their request, services, status and duration', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [productRequest] }) });

    render(<LabPage />);

    const row = (await screen.findByRole('link', { name: 'GET /api/catalog/products/7' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('catalog → inventory')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('42 ms')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'GET /api/catalog/products/7' })).toHaveAttribute(
      'href',
      `/lab/trace?id=${encodeURIComponent(TRACE)}`,
    );
  });

  it('shows the request and services of an OpenTelemetry trace too, and which approach traced each', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [otelTrace, productRequest] }) });

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

  it('explains where to look when no launcher answers, as in AWS', async () => {
    mockApi({ 'GET /_launcher/telemetry/traces': () => problemResponse(404, 'Not Found') });

    render(<LabPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('open the X-Ray console');
  });
});
