import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, requestedUrls } from '@/test/fetch';
import { aProduct, aProductPage } from '@/test/fixtures';
import { routerPush, setUrl } from '@/test/next-navigation';
import ProductsPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const products = [
  aProduct(),
  aProduct({ id: 18, name: 'Desk Lamp', price: { amount: 4980, currency: 'JPY' }, stock: { status: 'unknown', available: null } }),
];

describe('products page', () => {
  it('asks the API for the page and sort in the URL and lists the products with price and stock', async () => {
    setUrl('/products?page=2&sort=price_desc');
    const fetchMock = mockFetch(() => jsonResponse(aProductPage(products, { page: 1, totalItems: 42, totalPages: 3 })));
    render(<ProductsPage />);

    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[1]!).getByText('¥4,980')).toBeInTheDocument();
    expect(within(cards[1]!).getByTestId('stock-badge')).toHaveTextContent('Stock unknown');
    expect(screen.getByRole('heading', { name: '42 products' })).toBeInTheDocument();
    expect(requestedUrls(fetchMock)).toEqual(['/api/catalog/products?page=1&size=20&sort=price_desc']);

    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(pagination).getByRole('link', { name: 'Previous' })).toHaveAttribute(
      'href',
      '/products?sort=price_desc',
    );
    expect(within(pagination).getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/products?page=3&sort=price_desc',
    );
  });

  it('puts a new sort in the URL and goes back to the first page', async () => {
    setUrl('/products?page=2&sort=newest');
    mockFetch(() => jsonResponse(aProductPage(products, { page: 1, totalItems: 42, totalPages: 3 })));
    const user = userEvent.setup();
    render(<ProductsPage />);

    const select = screen.getByRole('combobox', { name: 'Sort by' });
    expect(select).toHaveValue('newest');
    await user.selectOptions(select, 'Name: A to Z');

    expect(routerPush).toHaveBeenCalledWith('/products?sort=name_asc');
  });

  it('shows an error with a Retry button that loads the page again', async () => {
    setUrl('/products');
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(aProductPage(products));
    });
    const user = userEvent.setup();
    render(<ProductsPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The products could not be loaded.');
    expect(alert).toHaveTextContent('The shop could not be reached.');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findAllByTestId('product-card')).toHaveLength(2);
  });

  it('offers the first page when the URL points past the last one', async () => {
    setUrl('/products?page=9');
    mockFetch(() => jsonResponse(aProductPage([], { page: 8, totalItems: 42, totalPages: 3 })));
    render(<ProductsPage />);

    expect(await screen.findByRole('link', { name: 'Go to the first page' })).toHaveAttribute('href', '/products');
  });
});
