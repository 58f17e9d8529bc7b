import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signInAsAdmin } from '@/test/admin';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aCategory } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import CategoriesPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const TREE = {
  categories: [
    aCategory({
      id: 1,
      slug: 'audio',
      name: 'Audio',
      productCount: 3,
      children: [aCategory({ id: 3, slug: 'headphones', name: 'Headphones', productCount: 3 })],
    }),
  ],
};

describe('admin categories page', () => {
  it('creates a sub-category', async () => {
    setUrl('/admin/categories');
    signInAsAdmin();
    const fetchMock = mockApi({
      'GET /api/catalog/categories': () => jsonResponse(TREE),
      'POST /api/catalog/categories': () => jsonResponse({}, 201),
    });
    const user = userEvent.setup();
    render(<CategoriesPage />);

    await user.click(await screen.findByRole('button', { name: 'New category' }));
    await user.type(screen.getByLabelText('Slug'), 'speakers');
    await user.type(screen.getByLabelText('Name'), 'Speakers');
    await user.selectOptions(screen.getByLabelText('Parent'), 'Audio');
    await user.click(screen.getByRole('button', { name: 'Create category' }));

    await screen.findByRole('button', { name: 'New category' });
    expect(sentRequest(fetchMock, 'POST', '/api/catalog/categories').body).toEqual({
      slug: 'speakers',
      name: 'Speakers',
      description: '',
      parentSlug: 'audio',
      sortOrder: 0,
    });
  });

  it('offers no parent that would make a cycle', async () => {
    setUrl('/admin/categories');
    signInAsAdmin();
    mockApi({ 'GET /api/catalog/categories': () => jsonResponse(TREE) });
    const user = userEvent.setup();
    render(<CategoriesPage />);

    await user.click(await screen.findByRole('button', { name: 'Edit Audio' }));
    const parents = within(screen.getByLabelText('Parent')).getAllByRole('option');
    expect(parents.map((option) => option.textContent)).toEqual(['None (a top-level category)']);
  });

  it('explains why a category in use cannot be deleted', async () => {
    setUrl('/admin/categories');
    signInAsAdmin();
    mockApi({
      'GET /api/catalog/categories': () => jsonResponse(TREE),
      'DELETE /api/catalog/categories/headphones': () =>
        problemResponse(409, 'Conflict', 'The category has 3 products.', {
          type: 'urn:o11y-shop:problem:category-in-use',
        }),
    });
    const user = userEvent.setup();
    render(<CategoriesPage />);

    await user.click(await screen.findByRole('button', { name: 'Delete Headphones' }));
    const confirm = screen.getByRole('group', { name: 'Delete Headphones?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only a category without sub-categories and products can be deleted.');
    expect(alert).toHaveTextContent('The category has 3 products.');
  });
});
