import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getKeptTraces, keepTrace } from '@/lib/telemetry/kept-traces';
import { jsonResponse, mockApi, problemResponse } from '@/test/fetch';
import { setUrl } from '@/test/next-navigation';
import { otelTrace, xrayTrace } from '@/test/telemetry';
import ComparePage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const otherRequest = {
  ...otelTrace,
  traceId: '1-6b042b20-5f1c2d3e4f5a6b7c8d9e0f1a',
  spans: (otelTrace.spans ?? []).map((document) =>
    document.span.name === 'GET /products/{productId}'
      ? {
          ...document,
          span: {
            ...document.span,
            attributes: (document.span.attributes ?? []).map((attribute) =>
              attribute.key === 'url.path' ? { key: 'url.path', value: { stringValue: '/api/catalog/products/8' } } : attribute,
            ),
          },
        }
      : document,
  ),
};

function launcherWith(...traces: (typeof otelTrace)[]) {
  return mockApi({
    'GET /_launcher/telemetry/traces': () => jsonResponse({ traces }),
    ...Object.fromEntries(traces.map((trace) => [`GET /_launcher/telemetry/traces/${trace.traceId}`, () => jsonResponse(trace)])),
  });
}

describe('compare page', () => {
  it('sets a kept X-Ray trace beside the OpenTelemetry trace of the same request, node by node', async () => {
    keepTrace(xrayTrace);
    launcherWith(otherRequest, otelTrace);
    setUrl('/lab/compare');
    render(<ComparePage />);

    expect(screen.getByText(/--observability otel/)).toBeInTheDocument();
    const rows = await screen.findByRole('list', { name: 'Compared nodes' });
    expect(screen.getByRole('combobox', { name: 'Left trace' })).toHaveValue(`kept:${xrayTrace.traceId}`);
    expect(screen.getByRole('combobox', { name: 'Right trace' })).toHaveValue(otelTrace.traceId);

    const left = screen.getByRole('region', { name: 'Left trace' });
    const right = screen.getByRole('region', { name: 'Right trace' });
    expect(within(left).getByText('X-Ray SDK')).toBeInTheDocument();
    expect(within(right).getByText('OpenTelemetry')).toBeInTheDocument();
    expect(within(left).getByText(/bytes$/)).toBeInTheDocument();
    expect(within(right).getByText(/bytes of it are the resource and scope/)).toBeInTheDocument();
    expect(screen.getByText(/OTLP usually travels as protobuf/)).toBeInTheDocument();

    const buttons = within(rows).getAllByRole('button');
    expect(buttons.map((button) => button.textContent?.replace(/[\d.,]+ (ms|B)/g, '#'))).toEqual([
      'catalogcatalog · segment# · #GET /products/{productId}catalog · SERVER# · #',
      'no counterpart on the leftload productcatalog · INTERNAL# · #',
      'catalog@127.0.0.1catalog · subsegment · remote# · #SELECT catalog.productcatalog · CLIENT# · #',
      '127.0.0.1catalog · subsegment · remote# · #GETcatalog · CLIENT# · #',
      'inventoryinventory · segment# · #GET /stock/{productId}inventory · SERVER# · #',
      'inventory@127.0.0.1inventory · subsegment · remote# · #SELECT inventory.stock_iteminventory · CLIENT# · #',
    ]);
    expect(screen.getByText(/5 paired · 0 only on the left · 1 only on the right/)).toBeInTheDocument();

    await userEvent.click(buttons[2] as HTMLElement);

    expect(screen.getByRole('table', { name: 'Left attributes' })).toHaveTextContent('sql.database_typePostgreSQL');
    expect(screen.getByRole('table', { name: 'Right attributes' })).toHaveTextContent('db.system.namepostgresql');

    await userEvent.click(buttons[1] as HTMLElement);

    expect(screen.getByText('The left trace has nothing that matches this node.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Right: load product' })).getByText('product_id=7')).toBeInTheDocument();
  });

  it('compares two kept traces when the launcher does not answer, and forgets a kept one', async () => {
    keepTrace(otelTrace);
    keepTrace(xrayTrace);
    mockApi({ 'GET /_launcher/telemetry/traces': () => problemResponse(404, 'Not Found') });
    setUrl(`/lab/compare?left=kept:${xrayTrace.traceId}&right=kept:${otelTrace.traceId}`);
    render(<ComparePage />);

    expect(await screen.findByRole('list', { name: 'Compared nodes' })).toBeInTheDocument();
    expect(screen.getByText(/only kept traces can be chosen/)).toBeInTheDocument();
    const kept = screen.getByRole('list', { name: 'Kept traces' });
    expect(within(kept).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(
      within(kept).getByRole('button', { name: 'Remove GET /api/catalog/products/7 (OpenTelemetry) from the kept traces' }),
    );

    expect(getKeptTraces().map((entry) => entry.traceId)).toEqual([xrayTrace.traceId]);
    expect(within(kept).getAllByRole('listitem')).toHaveLength(1);
  });

  it('lets the learner choose the sides', async () => {
    launcherWith(otelTrace, xrayTrace);
    setUrl('/lab/compare');
    render(<ComparePage />);

    expect(await screen.findByText(/Choose two traces to compare/)).toBeInTheDocument();
    expect(await screen.findAllByRole('option', { name: /X-Ray SDK/ })).toHaveLength(2);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Left trace' }), xrayTrace.traceId);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Right trace' }), otelTrace.traceId);

    expect(await screen.findByRole('list', { name: 'Compared nodes' })).toBeInTheDocument();
  });

  it('says so when a linked trace is no longer at the launcher', async () => {
    keepTrace(xrayTrace);
    mockApi({
      'GET /_launcher/telemetry/traces': () => jsonResponse({ traces: [] }),
      [`GET /_launcher/telemetry/traces/${otelTrace.traceId}`]: () => problemResponse(404, 'Resource not found'),
    });
    setUrl(`/lab/compare?right=${otelTrace.traceId}`);
    render(<ComparePage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('not (or no longer) among the launcher’s recent traces');
    expect(screen.getByRole('combobox', { name: 'Left trace' })).toHaveValue(`kept:${xrayTrace.traceId}`);
  });
});
