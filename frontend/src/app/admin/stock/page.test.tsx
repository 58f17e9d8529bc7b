import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aStockItem, signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, requestedUrls } from '@/test/fetch';
import { aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import StockPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

function stockPage(items: ReturnType<typeof aStockItem>[]) {
  return { items, page: 0, size: 25, totalItems: items.length, totalPages: 1 };
}

describe('stock levels page', () => {
  it('shows every tracked product by name with its units, and highlights those that need attention', async () => {
    setUrl('/admin/stock');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/inventory/stock/overview': () =>
        jsonResponse(
          stockPage([
            aStockItem({ productId: 1, available: 40, reserved: 2 }),
            aStockItem({ productId: 2, available: 3, status: 'low_stock' }),
            aStockItem({ productId: 3, available: 0, status: 'sold_out' }),
          ]),
        ),
      'GET /api/catalog/products/1': () => jsonResponse(aProductDetail({ id: 1, name: 'Studio Headphones' })),
      'GET /api/catalog/products/2': () => jsonResponse(aProductDetail({ id: 2, name: 'Desk Lamp' })),
      'GET /api/catalog/products/3': () => jsonResponse(aProductDetail({ id: 3, name: 'Floor Lamp' })),
    });
    render(<StockPage />);

    const rows = await screen.findAllByTestId('stock-row');
    expect(requestedUrls(fetchMock)[0]).toBe('/api/inventory/stock/overview?page=0&size=25');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Studio Headphones',
      'Desk Lamp',
      'Floor Lamp',
    ]);
    expect(rows.map((row) => row.className)).toEqual(['', 'bg-amber-50', 'bg-red-50']);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['40', '2', '5', 'In stock']);
    expect(within(rows[2]!).getByTestId('stock-badge')).toHaveTextContent('Sold out');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/admin/stock/product?id=2');
    expect(screen.getByRole('link', { name: 'All products' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows only the products that need attention when asked', async () => {
    setUrl('/admin/stock?view=attention');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/inventory/stock/overview': () => jsonResponse(stockPage([])),
    });
    render(<StockPage />);

    expect(await screen.findByText('No product is low on stock or sold out.')).toBeInTheDocument();
    expect(requestedUrls(fetchMock)).toEqual(['/api/inventory/stock/overview?page=0&size=25&lowOnly=true']);
    expect(screen.getByRole('link', { name: 'Low stock and sold out' })).toHaveAttribute('aria-current', 'page');
  });
});
