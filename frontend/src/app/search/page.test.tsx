import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestedUrls } from '@/test/fetch';
import { aProduct, aProductPage } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import SearchPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('search page', () => {
  it('searches for the query in the URL and lists the matches', async () => {
    setUrl('/search?q=headphones');
    const fetchMock = mockFetch(() => jsonResponse(aProductPage([aProduct()])));
    render(<SearchPage />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “headphones”');
    const card = await screen.findByTestId('product-card');
    expect(within(card).getByRole('link', { name: 'Studio Headphones' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
    expect(requestedUrls(fetchMock)).toEqual(['/api/catalog/products/search?q=headphones&page=0&size=20&sort=relevance']);
  });

  it('says so when nothing matches', async () => {
    setUrl('/search?q=zzxqv');
    mockFetch(() => jsonResponse(aProductPage([])));
    render(<SearchPage />);

    expect(await screen.findByTestId('no-results')).toHaveTextContent('No results for “zzxqv”');
    expect(screen.queryByTestId('product-card')).not.toBeInTheDocument();
  });

  it('asks for a word instead of searching for nothing', () => {
    setUrl('/search?q=%20%20');
    const fetchMock = mockFetch(() => jsonResponse(aProductPage([])));
    render(<SearchPage />);

    expect(screen.getByRole('alert')).toHaveTextContent('Enter a word to search for.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows an error with a Retry button that searches again', async () => {
    setUrl('/search?q=lamp');
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(503, 'Service Unavailable', 'Search is overloaded.')
        : jsonResponse(aProductPage([aProduct({ name: 'Desk Lamp' })]));
    });
    const user = userEvent.setup();
    render(<SearchPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Search is overloaded.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'Desk Lamp' })).toBeInTheDocument();
  });
});
