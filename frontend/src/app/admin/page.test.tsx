import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SalesSummary } from '@/lib/order-api';
import { aStockItem, signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, problemResponse, requestedUrls, sentRequest } from '@/test/fetch';
import { aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { TEST_TOKEN } from '@/test/session';
import AdminDashboardPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const SUMMARY: SalesSummary = {
  day: '2026-11-23',
  timeZone: 'Asia/Tokyo',
  orderCount: 12,
  revenue: { amount: 1_234_500, currency: 'JPY' },
  averageOrderValue: { amount: 102_875, currency: 'JPY' },
  recentOrders: [
    {
      orderId: '0b9f5a4c-8d7e-4f3a-9b2c-1d0e2f3a4b5c',
      orderNumber: 'O11Y-20261123-4F7K2',
      status: 'placed',
      placedAt: '2026-11-23T01:30:00Z',
      itemCount: 3,
      total: { amount: 27_100, currency: 'JPY' },
    },
  ],
};

const LOW_STOCK = {
  items: [
    aStockItem({ productId: 5, available: 2, status: 'low_stock' }),
    aStockItem({ productId: 9, available: 0, status: 'sold_out' }),
  ],
  page: 0,
  size: 10,
  totalItems: 2,
  totalPages: 1,
};

/** Opens the dashboard as an admin; the API answers with today's summary, the low-stock overview and its products. */
function openDashboardWithFigures() {
  setUrl('/admin');
  signInAsAdmin();
  const fetchMock = mockApi({
    'GET /api/order/sales-summary': () => jsonResponse(SUMMARY),
    'GET /api/inventory/stock/overview': () => jsonResponse(LOW_STOCK),
    'GET /api/catalog/products/5': () => jsonResponse(aProductDetail({ id: 5, name: 'Desk Lamp' })),
    'GET /api/catalog/products/9': () => problemResponse(404, 'Not Found'),
  });
  render(<AdminDashboardPage />);
  return fetchMock;
}

describe('admin dashboard', () => {
  it('shows today’s orders, revenue and average order value, and the latest orders', async () => {
    const fetchMock = openDashboardWithFigures();

    expect(await screen.findByTestId('orders-today')).toHaveTextContent('12');
    expect(screen.getByTestId('revenue-today')).toHaveTextContent('¥1,234,500');
    expect(screen.getByTestId('average-order-value')).toHaveTextContent('¥102,875');
    expect(screen.getByRole('heading', { name: 'Today, Nov 23, 2026' })).toBeInTheDocument();
    const [order] = screen.getAllByTestId('recent-order');
    expect(order).toHaveTextContent('O11Y-20261123-4F7K2');
    expect(order).toHaveTextContent('¥27,100');
    expect(sentRequest(fetchMock, 'GET', '/api/order/sales-summary').headers.Authorization).toBe(
      `Bearer ${TEST_TOKEN}`,
    );
  });

  it('lists low-stock and sold-out products by name, each linked to its stock page', async () => {
    const fetchMock = openDashboardWithFigures();

    const items = await screen.findAllByTestId('low-stock-item');
    expect(requestedUrls(fetchMock)).toContain('/api/inventory/stock/overview?page=0&size=10&lowOnly=true');
    expect(screen.getByTestId('attention-count')).toHaveTextContent('2 products need attention.');
    expect(items.map((item) => item.getAttribute('data-status'))).toEqual(['low_stock', 'sold_out']);
    expect(within(items[0]!).getByRole('link', { name: 'Desk Lamp' })).toHaveAttribute(
      'href',
      '/admin/stock/product?id=5',
    );
    expect(items[0]).toHaveTextContent('2 available');
    // Inventory still tracks a product that the catalog has deleted.
    expect(within(items[1]!).getByRole('link')).toHaveTextContent('Product #9 (not in the catalog)');
    expect(screen.getByRole('link', { name: 'All stock that needs attention' })).toHaveAttribute(
      'href',
      '/admin/stock?view=attention',
    );
  });

  it('keeps the stock panel when the sales figures fail, and says why they are missing', async () => {
    setUrl('/admin');
    signInAsAdmin();
    mockApi({
      'GET /api/order/sales-summary': () =>
        problemResponse(503, 'Service Unavailable', 'The order service is not answering.', { requestId: 'req-9' }),
      'GET /api/inventory/stock/overview': () =>
        jsonResponse({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }),
    });
    render(<AdminDashboardPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sales figures could not be loaded.');
    expect(alert).toHaveTextContent('The order service is not answering.');
    expect(alert).toHaveTextContent('Request ID: req-9');
    expect(await screen.findByText('Every product is comfortably in stock.')).toBeInTheDocument();
  });
});
