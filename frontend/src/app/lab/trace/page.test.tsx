import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/test/fetch';
import { setUrl } from '@/test/next-navigation';
import { otelTrace } from '@/test/telemetry';
import { getKeptTraces } from '@/lib/telemetry/kept-traces';
import TracePage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const TRACE = '1-5759e988-bd862e3fe1be46a994272793';

const trace = {
  traceId: TRACE,
  firstSeen: '2026-11-23T12:00:00Z',
  segmentDocuments: [
    {
      name: 'catalog',
      id: '70de5b6f19ff9a0a',
      trace_id: TRACE,
      start_time: 100,
      end_time: 100.05,
      http: { request: { method: 'GET', url: 'http://localhost:8080/api/catalog/products/7' }, response: { status: 200 } },
      annotations: { product_id: 7 },
      subsegments: [
        {
          name: 'catalog@localhost',
          id: 'a1',
          start_time: 100.01,
          end_time: 100.02,
          namespace: 'remote',
          sql: { sanitized_query: 'select name from product where id = ?', database_type: 'PostgreSQL', database_version: '17.11' },
        },
      ],
    },
  ],
  logLines: [
    { timestamp: '2026-11-23T12:00:00.011Z', level: 'WARN', service: 'catalog', logger: 'x', message: 'Slow query', trace_id: TRACE },
  ],
};

describe('trace page', () => {
  it('draws the waterfall, shows a subsegment’s SQL when chosen, and the trace’s log lines', async () => {
    setUrl(`/lab/trace?id=${TRACE}`);
    mockApi({ [`GET /_launcher/telemetry/traces/${TRACE}`]: () => jsonResponse(trace) });
    render(<TracePage />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('GET /api/catalog/products/7');
    expect(screen.getByText('product_id=7')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /catalog@localhost/ }));

    expect(screen.getByText('select name from product where id = ?')).toBeInTheDocument();
    expect(screen.getByText('PostgreSQL 17.11')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Log lines' })).toHaveTextContent('Slow query');
  });

  it('says the trace came from the X-Ray SDK and shows its segment documents as sent', async () => {
    setUrl(`/lab/trace?id=${TRACE}`);
    mockApi({ [`GET /_launcher/telemetry/traces/${TRACE}`]: () => jsonResponse(trace) });
    render(<TracePage />);

    expect(await screen.findByText('X-Ray SDK')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Segments and subsegments' })).toBeInTheDocument();
    const raw = screen.getByRole('list', { name: 'Segment documents (X-Ray SDK)' });
    expect(within(raw).getByText(/segment catalog \(with 1 subsegment inside\)/)).toBeInTheDocument();
    expect(raw).toHaveTextContent('"sanitized_query": "select name from product where id = ?"');
  });

  it('draws an OpenTelemetry trace like an X-Ray one: spans, SQL, annotations, OTLP log records, raw spans', async () => {
    setUrl(`/lab/trace?id=${otelTrace.traceId}`);
    mockApi({ [`GET /_launcher/telemetry/traces/${otelTrace.traceId}`]: () => jsonResponse(otelTrace) });
    render(<TracePage />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('GET /api/catalog/products/7');
    expect(screen.getByText('OpenTelemetry')).toBeInTheDocument();
    expect(screen.getByText('catalog → inventory')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Spans' })).toBeInTheDocument();
    const waterfall = screen.getByRole('list', { name: 'Waterfall' });
    expect(within(waterfall).getAllByRole('button').map((button) => button.textContent)).toEqual([
      expect.stringMatching(/^GET \/products\/\{productId\}catalogserver/),
      expect.stringMatching(/^load product/),
      expect.stringMatching(/^SELECT catalog\.productSQLclient/),
      expect.stringMatching(/^GETclient/),
      expect.stringMatching(/^GET \/stock\/\{productId\}inventoryserver/),
      expect.stringMatching(/^SELECT inventory\.stock_itemSQLclient/),
    ]);

    await userEvent.click(within(waterfall).getByRole('button', { name: /^load product/ }));
    expect(screen.getByRole('heading', { name: 'INTERNAL span load product' })).toBeInTheDocument();
    expect(screen.getByText('product_id=7')).toBeInTheDocument();

    await userEvent.click(within(waterfall).getByRole('button', { name: /^SELECT catalog\.product/ }));
    const details = screen.getByRole('region', { name: 'Details of SELECT catalog.product' });
    expect(within(details).getByText('CLIENT span SELECT catalog.product')).toBeInTheDocument();
    expect(within(details).getByText('io.opentelemetry.jdbc')).toBeInTheDocument();
    expect(within(details).getByText('database shop')).toBeInTheDocument();
    expect(within(details).getByRole('table', { name: 'Attributes of SELECT catalog.product' })).toHaveTextContent(
      'db.collection.namecatalog.product',
    );
    expect(within(details).getByText('The span as received over OTLP (OTLP JSON)')).toBeInTheDocument();

    expect(screen.getByRole('list', { name: 'Log lines' })).toHaveTextContent('INFO catalog Product 7 read');
    expect(screen.getByRole('list', { name: 'Spans (OTLP JSON)' })).toHaveTextContent('"stringValue": "SELECT"');
  });

  it('keeps the trace in this browser for comparison', async () => {
    setUrl(`/lab/trace?id=${otelTrace.traceId}`);
    mockApi({ [`GET /_launcher/telemetry/traces/${otelTrace.traceId}`]: () => jsonResponse(otelTrace) });
    render(<TracePage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Keep for comparison' }));

    expect(getKeptTraces()).toEqual([expect.objectContaining({ traceId: otelTrace.traceId, modes: ['otel'], trace: otelTrace })]);
    expect(screen.getByRole('link', { name: 'Kept in this browser — compare it →' })).toHaveAttribute(
      'href',
      `/lab/compare?left=kept%3A${otelTrace.traceId}`,
    );
  });

  it('says so when the launcher no longer has the trace', async () => {
    setUrl(`/lab/trace?id=${TRACE}`);
    mockApi({ [`GET /_launcher/telemetry/traces/${TRACE}`]: () => problemResponse(404, 'Resource not found') });
    render(<TracePage />);

    expect(await screen.findByRole('heading', { name: 'Trace not found' })).toBeInTheDocument();
  });

  it('refuses an ID that is not an X-Ray trace ID without asking', async () => {
    setUrl('/lab/trace?id=../../etc');
    const fetchMock = mockApi({});
    render(<TracePage />);

    expect(await screen.findByRole('heading', { name: 'Trace not found' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
