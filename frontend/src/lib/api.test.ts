import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestedUrls } from '@/test/fetch';
import { aProductPage } from '@/test/fixtures';
import { ApiError, getCategory, listProducts, searchProducts } from './api';

describe('catalog client', () => {
  it('sends only the query parameters that are set', async () => {
    const fetchMock = mockFetch(() => jsonResponse(aProductPage([])));

    await listProducts({ page: 0, size: 8, featured: true });
    await searchProducts({ q: 'noise & cancel', sort: 'price_asc' });

    expect(requestedUrls(fetchMock)).toEqual([
      '/api/catalog/products?page=0&size=8&featured=true',
      '/api/catalog/products/search?q=noise+%26+cancel&sort=price_asc',
    ]);
  });

  it('turns a problem response into an ApiError with its title, detail and request ID', async () => {
    mockFetch(
      () =>
        new Response(
          JSON.stringify({ title: 'Not Found', status: 404, detail: 'No category "x".', requestId: 'req-1' }),
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );

    const error = await getCategory('x').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Not Found', detail: 'No category "x".', requestId: 'req-1' });
    expect((error as ApiError).isNotFound).toBe(true);
  });

  it('still reports an error whose body is not a problem', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));

    await expect(listProducts({})).rejects.toMatchObject({ status: 502, title: 'Request failed with status 502' });
  });

  it('reads the title of a server error from its problem', async () => {
    mockFetch(() => problemResponse(503, 'Service Unavailable'));

    await expect(listProducts({})).rejects.toMatchObject({ status: 503, title: 'Service Unavailable' });
  });
});
