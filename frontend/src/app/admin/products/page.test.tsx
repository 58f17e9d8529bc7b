import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, requestedUrls, sentRequest } from '@/test/fetch';
import { aProduct, aProductPage } from '@/test/fixtures';
import { routerPush, setUrl } from '@/test/next-navigation';
import AdminProductsPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('admin product list', () => {
  it('lists the newest products first, a page at a time, with links to edit and to stock', async () => {
    setUrl('/admin/products?page=2');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/catalog/products': () =>
        jsonResponse(aProductPage([aProduct({ id: 5, name: 'Desk Lamp', sku: 'HOM-005' })], { page: 1, totalItems: 21, totalPages: 2 })),
    });
    render(<AdminProductsPage />);

    const [row] = await screen.findAllByTestId('admin-product-row');
    expect(requestedUrls(fetchMock)).toEqual(['/api/catalog/products?page=1&size=20&sort=newest']);
    expect(screen.getByText('21 products')).toBeInTheDocument();
    expect(within(row!).getByRole('link', { name: 'Desk Lamp' })).toHaveAttribute('href', '/admin/products/edit?id=5');
    expect(within(row!).getByRole('link', { name: 'Stock of Desk Lamp' })).toHaveAttribute(
      'href',
      '/admin/stock/product?id=5',
    );
    expect(row).toHaveTextContent('HOM-005');
    expect(row).toHaveTextContent('¥12,800');
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/admin/products');
  });

  it('searches with the search API and keeps the query in the URL', async () => {
    setUrl('/admin/products?q=lamp');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/catalog/products/search': () => jsonResponse(aProductPage([aProduct({ id: 5, name: 'Desk Lamp' })])),
    });
    const user = userEvent.setup();
    render(<AdminProductsPage />);

    expect(await screen.findByText('1 product match “lamp”')).toBeInTheDocument();
    expect(requestedUrls(fetchMock)).toEqual(['/api/catalog/products/search?q=lamp&page=0&size=20']);

    const box = screen.getByRole('searchbox');
    expect(box).toHaveValue('lamp');
    await user.clear(box);
    await user.type(box, ' floor lamp ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(routerPush).toHaveBeenCalledWith('/admin/products?q=floor%20lamp');
  });

  it('deletes a product after a confirmation and lists the rest again', async () => {
    setUrl('/admin/products');
    signInAsAdmin();
    let listed = [aProduct({ id: 5, name: 'Desk Lamp' }), aProduct({ id: 6, name: 'Floor Lamp' })];
    const fetchMock = mockApi({
      'GET /api/catalog/products': () => jsonResponse(aProductPage(listed)),
      'DELETE /api/catalog/products/5': () => {
        listed = listed.filter((product) => product.id !== 5);
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    render(<AdminProductsPage />);

    await user.click(await screen.findByRole('button', { name: 'Delete Desk Lamp' }));
    const confirm = screen.getByRole('group', { name: 'Delete Desk Lamp?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Desk Lamp was deleted.')).toHaveAttribute('role', 'status');
    expect(sentRequest(fetchMock, 'DELETE', '/api/catalog/products/5')).toBeDefined();
    const rows = await screen.findAllByTestId('admin-product-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Floor Lamp');
  });
});
