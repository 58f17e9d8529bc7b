import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StockLevel, StockMovement } from '@/lib/stock-admin-api';
import { ADMIN_ID, signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { TEST_TOKEN } from '@/test/session';
import StockProductPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const LEVEL: StockLevel = { productId: 17, available: 3, lowStockThreshold: 5, status: 'low_stock' };

function aMovement(overrides: Partial<StockMovement> = {}): StockMovement {
  return {
    movementId: 1,
    productId: 17,
    kind: 'adjusted',
    occurredAt: '2026-11-23T01:30:00Z',
    actor: ADMIN_ID,
    before: { available: 5, reserved: 1, lowStockThreshold: 5 },
    after: { available: 3, reserved: 1, lowStockThreshold: 5 },
    delta: -2,
    reason: 'damaged',
    note: 'Dropped in the warehouse',
    ...overrides,
  };
}

function movementPage(items: StockMovement[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

type Routes = Parameters<typeof mockApi>[0];

/** Opens product 17's stock page as an admin; the API answers with its level, product and an empty history, then `routes`. */
function openStockPage(routes: Routes) {
  setUrl('/admin/stock/product?id=17');
  signInAsAdmin();
  const fetchMock = mockApi({
    'GET /api/inventory/stock/17': () => jsonResponse(LEVEL),
    'GET /api/catalog/products/17': () => jsonResponse(aProductDetail()),
    'GET /api/inventory/stock/17/movements': () => jsonResponse(movementPage([])),
    ...routes,
  });
  const user = userEvent.setup();
  render(<StockProductPage />);
  return { fetchMock, user };
}

describe('product stock page', () => {
  it('shows the stock and its audit trail: who, when, before, after, reason', async () => {
    const { fetchMock } = openStockPage({
      'GET /api/inventory/stock/17/movements': () =>
        jsonResponse(
          movementPage([aMovement(), aMovement({ movementId: 0, kind: 'committed', actor: 'system', delta: -1, reason: undefined, note: undefined })]),
        ),
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Studio Headphones');
    expect(screen.getByTestId('stock-available')).toHaveTextContent('3');
    expect(screen.getByTestId('stock-threshold')).toHaveTextContent('5');
    // The public read goes without a token: inventory checks any token it is sent.
    expect(sentRequest(fetchMock, 'GET', '/api/inventory/stock/17').headers.Authorization).toBeUndefined();

    const [adjusted, sold] = await screen.findAllByTestId('movement');
    expect(within(adjusted!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Nov 23, 2026, 10:30',
      'Adjusted',
      '−2',
      '5 avail. · 1 res. · low at 5',
      '3 avail. · 1 res. · low at 5',
      'You',
      'Damaged — Dropped in the warehouse',
    ]);
    expect(sold).toHaveTextContent('Sold');
    expect(sold).toHaveTextContent('System');
    expect(sentRequest(fetchMock, 'GET', '/api/inventory/stock/17/movements?page=0&size=20').headers.Authorization).toBe(
      `Bearer ${TEST_TOKEN}`,
    );
  });

  it('receives stock, shows the new level and reloads the history', async () => {
    let movements = [aMovement()];
    const { fetchMock, user } = openStockPage({
      'GET /api/inventory/stock/17/movements': () => jsonResponse(movementPage(movements)),
      'POST /api/inventory/stock/17/receipts': () => {
        const movement = aMovement({
          movementId: 2,
          kind: 'received',
          before: { available: 3, reserved: 1, lowStockThreshold: 5 },
          after: { available: 23, reserved: 1, lowStockThreshold: 5 },
          delta: 20,
          reason: undefined,
          note: 'DN-4471',
        });
        movements = [movement, ...movements];
        return jsonResponse({ stock: { ...LEVEL, available: 23, status: 'in_stock' }, movement }, 201);
      },
    });

    const form = await screen.findByRole('form', { name: 'Receive stock' });
    await user.type(within(form).getByLabelText('Units received'), '20');
    await user.type(within(form).getByLabelText('Note (optional)'), 'DN-4471');
    await user.click(within(form).getByRole('button', { name: 'Receive' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Received 20 units; 23 units available now.');
    expect(screen.getByTestId('stock-available')).toHaveTextContent('23');
    expect(sentRequest(fetchMock, 'POST', '/api/inventory/stock/17/receipts').body).toEqual({
      quantity: 20,
      note: 'DN-4471',
    });
    await waitFor(() => expect(screen.getAllByTestId('movement')).toHaveLength(2));
    expect(screen.getAllByTestId('movement')[0]).toHaveTextContent('Received');
    expect(within(form).getByLabelText('Units received')).toHaveValue('');
  });

  it('adjusts with a reason, and says so when stock would go below zero', async () => {
    const { fetchMock, user } = openStockPage({
      'POST /api/inventory/stock/17/adjustments': () =>
        problemResponse(409, 'Conflict', 'Only 3 units are available.', {
          type: 'urn:o11y-shop:problem:stock-below-zero',
        }),
    });

    const form = await screen.findByRole('form', { name: 'Adjust stock' });
    await user.type(within(form).getByLabelText('Change in units'), '-5');
    await user.click(within(form).getByRole('button', { name: 'Adjust' }));
    expect(within(form).getByLabelText('Reason')).toHaveAccessibleDescription('Choose a reason.');

    await user.selectOptions(within(form).getByLabelText('Reason'), 'Lost');
    await user.click(within(form).getByRole('button', { name: 'Adjust' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Stock cannot go below zero.');
    expect(alert).toHaveTextContent('Only 3 units are available.');
    expect(sentRequest(fetchMock, 'POST', '/api/inventory/stock/17/adjustments').body).toEqual({
      delta: -5,
      reason: 'lost',
    });
    expect(screen.getByTestId('stock-available')).toHaveTextContent('3');
  });

  it('changes the low-stock threshold', async () => {
    const { fetchMock, user } = openStockPage({
      'PUT /api/inventory/stock/17/threshold': () => jsonResponse({ ...LEVEL, lowStockThreshold: 2, status: 'in_stock' }),
    });

    const form = await screen.findByRole('form', { name: 'Low-stock threshold' });
    const input = within(form).getByLabelText('Low stock at or below');
    expect(input).toHaveValue('5');
    await user.clear(input);
    await user.type(input, '2');
    await user.click(within(form).getByRole('button', { name: 'Save threshold' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Low stock from 2 units or fewer.');
    expect(screen.getByTestId('stock-threshold')).toHaveTextContent('2');
    expect(sentRequest(fetchMock, 'PUT', '/api/inventory/stock/17/threshold').body).toEqual({ lowStockThreshold: 2 });
  });
});
