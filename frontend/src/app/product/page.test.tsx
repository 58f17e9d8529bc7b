import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestedUrls } from '@/test/fetch';
import { aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import ProductPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('product page', () => {
  it('shows the product with images, price, stock, breadcrumb and reviews', async () => {
    setUrl('/product?id=17');
    const fetchMock = mockFetch(() => jsonResponse(aProductDetail()));
    const user = userEvent.setup();
    render(<ProductPage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Studio Headphones' })).toBeInTheDocument();
    expect(requestedUrls(fetchMock)).toEqual(['/api/catalog/products/17']);
    expect(screen.getByTestId('price')).toHaveTextContent('¥12,800');
    expect(screen.getByTestId('stock-badge')).toHaveTextContent('Low stock — only 3 left');
    expect(screen.getByText('Closed-back headphones for long mixing sessions.')).toBeInTheDocument();

    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Headphones' })).toHaveAttribute(
      'href',
      '/category?slug=headphones',
    );

    expect(screen.getByRole('img', { name: 'Studio Headphones, front view' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show image 2: Studio Headphones, side view' }));
    expect(screen.getByRole('img', { name: 'Studio Headphones, side view' })).toHaveAttribute(
      'src',
      '/api/catalog/images/products/ELC-017-side.svg',
    );

    const reviews = screen.getByRole('region', { name: 'Customer reviews' });
    expect(within(reviews).getAllByRole('article').map((review) => review.querySelector('h3')?.textContent)).toEqual([
      'Great for mixing',
      'Comfortable',
    ]);
    expect(within(reviews).getByText('Mar 1, 2026')).toBeInTheDocument();
  });

  it('still shows the product when inventory did not answer', async () => {
    setUrl('/product?id=17');
    mockFetch(() => jsonResponse(aProductDetail({ stock: { status: 'unknown', available: null } })));
    render(<ProductPage />);

    expect(await screen.findByTestId('stock-badge')).toHaveTextContent('Stock unknown');
    expect(screen.getByRole('heading', { level: 1, name: 'Studio Headphones' })).toBeInTheDocument();
  });

  it('shows a friendly not-found state for an unknown product', async () => {
    setUrl('/product?id=999999');
    mockFetch(() => problemResponse(404, 'Not Found', 'No product 999999.'));
    render(<ProductPage />);

    expect(await screen.findByRole('heading', { name: 'Product not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all products' })).toHaveAttribute('href', '/products');
  });

  it.each(['abc', '0', '-4', '1e3', ''])('treats the id "%s" as not found without asking the API', (id) => {
    setUrl(`/product?id=${id}`);
    const fetchMock = mockFetch(() => jsonResponse(aProductDetail()));
    render(<ProductPage />);

    expect(screen.getByRole('heading', { name: 'Product not found' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows an error with a Retry button that loads the product again', async () => {
    setUrl('/product?id=17');
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1 ? problemResponse(502, 'Bad Gateway') : jsonResponse(aProductDetail());
    });
    const user = userEvent.setup();
    render(<ProductPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The product could not be loaded.');
    expect(alert).toHaveTextContent('Bad Gateway');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Studio Headphones' })).toBeInTheDocument();
  });

  it('shows a loading state while the product is on its way', () => {
    setUrl('/product?id=17');
    mockFetch(() => new Promise<Response>(() => {}));
    render(<ProductPage />);

    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading product…');
  });
});
