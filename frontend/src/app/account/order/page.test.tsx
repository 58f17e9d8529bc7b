import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi } from '@/test/fetch';
import { AN_ORDER_ID, anOrder } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { signInAs } from '@/test/session';
import OrderPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('order detail page', () => {
  it('shows the order with its lines, address and payment', async () => {
    setUrl(`/account/order?id=${AN_ORDER_ID}`);
    signInAs();
    mockApi({ [`GET /api/order/orders/${AN_ORDER_ID}`]: () => jsonResponse(anOrder()) });
    render(<OrderPage />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Order O11Y-20261123-4F7K2');
    const table = screen.getByRole('table', { name: 'Products in this order' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Studio Headphones¥12,8002¥25,600');
    expect(screen.getByText('Card ending in 4242')).toBeInTheDocument();
    expect(screen.getByText(/Aiko Tanaka, 〒100-0001 東京都 千代田区 千代田1-1, 03-1234-5678/)).toBeInTheDocument();
  });
});
