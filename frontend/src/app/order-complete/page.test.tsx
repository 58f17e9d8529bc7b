import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, mockFetch, problemResponse } from '@/test/fetch';
import { AN_ORDER_ID, anOrder } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { signInAs } from '@/test/session';
import OrderCompletePage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('order complete page', () => {
  it('shows the order number and links to the order', async () => {
    setUrl(`/order-complete?id=${AN_ORDER_ID}`);
    signInAs();
    mockApi({ [`GET /api/order/orders/${AN_ORDER_ID}`]: () => jsonResponse(anOrder()) });
    render(<OrderCompletePage />);

    expect(await screen.findByTestId('order-number')).toHaveTextContent('O11Y-20261123-4F7K2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Thank you for your order');
    expect(screen.getByText(/2 items, ¥25,600, paid with the card ending in 4242/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View your order' })).toHaveAttribute(
      'href',
      `/account/order?id=${AN_ORDER_ID}`,
    );
  });

  it('treats an ID that is not a UUID as not found without asking the API', () => {
    setUrl('/order-complete?id=42');
    signInAs();
    const fetchMock = mockFetch(() => jsonResponse(anOrder()));
    render(<OrderCompletePage />);

    expect(screen.getByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows not found for another shopper’s order', async () => {
    setUrl(`/order-complete?id=${AN_ORDER_ID}`);
    signInAs();
    mockApi({ [`GET /api/order/orders/${AN_ORDER_ID}`]: () => problemResponse(404, 'Not Found') });
    render(<OrderCompletePage />);

    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
  });
});
