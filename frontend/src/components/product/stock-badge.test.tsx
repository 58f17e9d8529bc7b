import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Stock } from '@/lib/api';
import { StockBadge } from './stock-badge';

describe('StockBadge', () => {
  it.each<[Stock, string]>([
    [{ status: 'in_stock', available: 40 }, 'In stock'],
    [{ status: 'low_stock', available: 3 }, 'Low stock — only 3 left'],
    [{ status: 'sold_out', available: 0 }, 'Sold out'],
    [{ status: 'unknown', available: null }, 'Stock unknown'],
  ])('shows %o as "%s" and exposes the API status', (stock, text) => {
    render(<StockBadge stock={stock} />);

    const badge = screen.getByTestId('stock-badge');
    expect(badge).toHaveTextContent(text);
    expect(badge).toHaveAttribute('data-status', stock.status);
  });

  it('says low stock without a count when the count is missing', () => {
    render(<StockBadge stock={{ status: 'low_stock' }} />);

    expect(screen.getByTestId('stock-badge')).toHaveTextContent(/^Low stock$/);
  });
});
