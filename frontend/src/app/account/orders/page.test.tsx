import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrderSummary } from '@/lib/order-api';
import { jsonResponse, mockApi, problemResponse, requestedUrls } from '@/test/fetch';
import { setUrl } from '@/test/next-navigation';
import { signInAs } from '@/test/session';
import OrdersPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

function aSummary(overrides: Partial<OrderSummary>): OrderSummary {
  return {
    orderId: '0b9f5a4c-8d7e-4f3a-9b2c-1d0e2f3a4b5c',
    orderNumber: 'O11Y-20261123-4F7K2',
    status: 'placed',
    placedAt: '2026-11-23T01:30:00Z',
    itemCount: 3,
    total: { amount: 27100, currency: 'JPY' },
    ...overrides,
  };
}

describe('order history page', () => {
  it('lists the orders as the service sends them, newest first, with links to each', async () => {
    setUrl('/account/orders?page=2');
    signInAs();
    const fetchMock = mockApi({
      'GET /api/order/orders': () =>
        jsonResponse({
          items: [
            aSummary({}),
            aSummary({
              orderId: '1c2d3e4f-0000-4000-8000-000000000001',
              orderNumber: 'O11Y-20261120-ABCDE',
              placedAt: '2026-11-20T01:30:00Z',
              itemCount: 1,
            }),
          ],
          page: 1,
          size: 10,
          totalItems: 12,
          totalPages: 2,
        }),
    });
    render(<OrdersPage />);

    const orders = await screen.findAllByTestId('order-summary');
    expect(requestedUrls(fetchMock)).toEqual(['/api/order/orders?page=1&size=10']);
    expect(orders.map((order) => within(order).getByRole('link').textContent)).toEqual([
      'O11Y-20261123-4F7K2',
      'O11Y-20261120-ABCDE',
    ]);
    expect(within(orders[0]!).getByRole('link')).toHaveAttribute(
      'href',
      '/account/order?id=0b9f5a4c-8d7e-4f3a-9b2c-1d0e2f3a4b5c',
    );
    expect(orders[0]).toHaveTextContent('Nov 23, 2026');
    expect(orders[0]).toHaveTextContent('3 items · ¥27,100');
    expect(orders[1]).toHaveTextContent('1 item ·');
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/account/orders');
  });

  it('says when there are no orders yet', async () => {
    setUrl('/account/orders');
    signInAs();
    mockApi({
      'GET /api/order/orders': () => jsonResponse({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }),
    });
    render(<OrdersPage />);

    expect(await screen.findByText(/You have not ordered anything yet/)).toBeInTheDocument();
  });

  it('shows an error with the request ID and a retry', async () => {
    setUrl('/account/orders');
    signInAs();
    mockApi({
      'GET /api/order/orders': () => problemResponse(503, 'Service Unavailable', undefined, { requestId: 'req-5' }),
    });
    render(<OrdersPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your orders could not be loaded.');
    expect(alert).toHaveTextContent('Request ID: req-5');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in and come back here', async () => {
    setUrl('/account/orders?page=3');
    render(<OrdersPage />);

    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/login?next=%2Faccount%2Forders%3Fpage%3D3',
    );
  });
});
