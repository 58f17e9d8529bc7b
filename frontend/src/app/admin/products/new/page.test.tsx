import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aCategory, aProductDetail } from '@/test/fixtures';
import { routerPush, setUrl } from '@/test/next-navigation';
import { TEST_TOKEN } from '@/test/session';
import NewProductPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const TREE = {
  categories: [
    aCategory({ id: 1, slug: 'audio', name: 'Audio', children: [aCategory({ id: 3, slug: 'headphones', name: 'Headphones' })] }),
  ],
};

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('SKU'), 'aud-900');
  await user.type(screen.getByLabelText('Price (yen)'), '24,800');
  await user.type(screen.getByLabelText('Name'), 'Reference Headphones');
  await user.type(screen.getByLabelText('Description'), 'Open-back.');
  await user.selectOptions(screen.getByLabelText('Category'), 'Audio › Headphones');
  await user.click(screen.getByLabelText('Featured'));
}

describe('new product page', () => {
  it('checks the form before anything is sent', async () => {
    setUrl('/admin/products/new');
    signInAsAdmin();
    const fetchMock = mockApi({ 'GET /api/catalog/categories': () => jsonResponse(TREE) });
    const user = userEvent.setup();
    render(<NewProductPage />);

    await user.click(await screen.findByRole('button', { name: 'Create product' }));

    expect(screen.getByLabelText('SKU')).toHaveAccessibleDescription(expect.stringContaining('Enter a SKU.'));
    expect(screen.getByLabelText('Category')).toHaveAccessibleDescription('Choose a category.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('creates the product and goes to its page to add images', async () => {
    setUrl('/admin/products/new');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/catalog/categories': () => jsonResponse(TREE),
      'POST /api/catalog/products': () => jsonResponse(aProductDetail({ id: 301 }), 201),
    });
    const user = userEvent.setup();
    render(<NewProductPage />);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith('/admin/products/edit?id=301&created=1'));
    const request = sentRequest(fetchMock, 'POST', '/api/catalog/products');
    expect(request.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(request.body).toEqual({
      sku: 'AUD-900',
      name: 'Reference Headphones',
      description: 'Open-back.',
      priceJpy: 24800,
      categoryId: 3,
      featured: true,
    });
  });

  it('shows a taken SKU by the SKU field, and the field errors the API names', async () => {
    setUrl('/admin/products/new');
    signInAsAdmin();
    mockApi({
      'GET /api/catalog/categories': () => jsonResponse(TREE),
      'POST /api/catalog/products': () =>
        problemResponse(409, 'Conflict', 'SKU AUD-900 is taken.', {
          type: 'urn:o11y-shop:problem:sku-taken',
          requestId: 'req-409',
          errors: [{ parameter: 'name', message: 'must not be blank' }],
        }),
    });
    const user = userEvent.setup();
    render(<NewProductPage />);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The product could not be saved.');
    expect(alert).toHaveTextContent('SKU AUD-900 is taken.');
    expect(alert).toHaveTextContent('Request ID: req-409');
    expect(screen.getByLabelText('SKU')).toHaveAccessibleDescription(expect.stringContaining('Another product has this SKU'));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('must not be blank');
    expect(routerPush).not.toHaveBeenCalled();
  });
});
