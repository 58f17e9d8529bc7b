import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/test/fetch';
import { setUrl } from '@/test/next-navigation';
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
