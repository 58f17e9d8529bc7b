import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestedUrls } from '@/test/fetch';
import { aCategory, aProduct, aProductPage } from '@/test/fixtures';
import HomePage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const featured = [aProduct(), aProduct({ id: 18, name: 'Desk Lamp', stock: { status: 'low_stock', available: 2 } })];
const categories = [aCategory(), aCategory({ id: 2, slug: 'home-office', name: 'Home office', productCount: 1 })];

describe('home page', () => {
  it('shows the featured products and a tile per top-level category', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/catalog/categories' ? jsonResponse({ categories }) : jsonResponse(aProductPage(featured)),
    );
    render(<HomePage />);

    const cards = await screen.findAllByTestId('product-card');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Studio Headphones', 'Desk Lamp']);
    expect(within(cards[1]!).getByTestId('stock-badge')).toHaveTextContent('Low stock — only 2 left');

    const tiles = await screen.findAllByTestId('category-tile');
    expect(tiles.map((tile) => tile.getAttribute('href'))).toEqual(['/category?slug=audio', '/category?slug=home-office']);
    expect(tiles[1]).toHaveTextContent('1 product');
    expect(requestedUrls(fetchMock)).toContain('/api/catalog/products?featured=true&size=8');
  });

  it('shows loading states until the data arrives', () => {
    mockFetch(() => new Promise<Response>(() => {}));
    render(<HomePage />);

    expect(screen.getByText('Loading featured products…').closest('[aria-busy="true"]')).toBeInTheDocument();
    expect(screen.getByText('Loading categories…')).toHaveAttribute('aria-busy', 'true');
  });

  it('offers a retry when the featured products fail, and shows them after it', async () => {
    let featuredCalls = 0;
    mockFetch((url) => {
      if (url.pathname === '/api/catalog/categories') {
        return jsonResponse({ categories });
      }
      featuredCalls += 1;
      return featuredCalls === 1
        ? problemResponse(503, 'Service Unavailable', 'The catalog database is not answering.')
        : jsonResponse(aProductPage(featured));
    });
    const user = userEvent.setup();
    render(<HomePage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The featured products could not be loaded.');
    expect(alert).toHaveTextContent('The catalog database is not answering.');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findAllByTestId('product-card')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
