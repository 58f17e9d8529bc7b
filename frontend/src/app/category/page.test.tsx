import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestedUrls } from '@/test/fetch';
import { aCategoryDetail, aProduct, aProductPage } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import CategoryPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const headphones = aCategoryDetail({
  id: 3,
  slug: 'headphones',
  name: 'Headphones',
  description: 'Over-ear and in-ear.',
  breadcrumb: [
    { id: 1, slug: 'audio', name: 'Audio' },
    { id: 3, slug: 'headphones', name: 'Headphones' },
  ],
  children: [{ id: 7, slug: 'wireless-headphones', name: 'Wireless' }],
});

function answerCategory(url: URL): Response {
  return url.pathname === '/api/catalog/categories/headphones'
    ? jsonResponse(headphones)
    : jsonResponse(aProductPage([aProduct()], { totalItems: 21, totalPages: 2 }));
}

describe('category page', () => {
  it('shows the breadcrumb, the sub-categories and the products of the category', async () => {
    setUrl('/category?slug=headphones&sort=name_desc');
    const fetchMock = mockFetch(answerCategory);
    render(<CategoryPage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Headphones' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    expect(within(breadcrumb).getByRole('link', { name: 'Audio' })).toHaveAttribute('href', '/category?slug=audio');
    expect(within(breadcrumb).getByText('Headphones')).toHaveAttribute('aria-current', 'page');
    expect(
      within(screen.getByRole('navigation', { name: 'Sub-categories' })).getByRole('link', { name: 'Wireless' }),
    ).toHaveAttribute('href', '/category?slug=wireless-headphones');

    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/category?slug=headphones&sort=name_desc&page=2',
    );
    expect(requestedUrls(fetchMock)).toContain('/api/catalog/products?category=headphones&page=0&size=20&sort=name_desc');
  });

  it('says the category does not exist when the API does not know it', async () => {
    setUrl('/category?slug=time-machines');
    mockFetch((url) =>
      url.pathname.startsWith('/api/catalog/categories/')
        ? problemResponse(404, 'Not Found', 'No category "time-machines".')
        : problemResponse(404, 'Not Found'),
    );
    render(<CategoryPage />);

    expect(await screen.findByRole('heading', { name: 'Category not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all products' })).toHaveAttribute('href', '/products');
  });

  it('does not ask the API about a slug that cannot exist', () => {
    setUrl('/category?slug=../../etc');
    const fetchMock = mockFetch(answerCategory);
    render(<CategoryPage />);

    expect(screen.getByRole('heading', { name: 'Category not found' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows an error with a Retry button when the category fails to load', async () => {
    setUrl('/category?slug=headphones');
    let categoryCalls = 0;
    mockFetch((url) => {
      if (url.pathname === '/api/catalog/categories/headphones') {
        categoryCalls += 1;
        if (categoryCalls === 1) {
          return problemResponse(500, 'Internal Server Error', 'Something broke.');
        }
      }
      return answerCategory(url);
    });
    const user = userEvent.setup();
    render(<CategoryPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The category could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Headphones' })).toBeInTheDocument();
  });
});
