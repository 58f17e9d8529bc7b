import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getGuestCart } from '@/lib/guest-cart';
import { jsonResponse, mockApi, mockFetch, problemResponse, requestedUrls, sentRequest } from '@/test/fetch';
import { aCart, aCartLine, aProductDetail } from '@/test/fixtures';
import { setUrl } from '@/test/next-navigation';
import { TEST_TOKEN, signInAs } from '@/test/session';
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

describe('buying from the product page', () => {
  it('puts the chosen quantity in a guest’s browser cart', async () => {
    setUrl('/product?id=17');
    mockFetch(() => jsonResponse(aProductDetail()));
    const user = userEvent.setup();
    render(<ProductPage />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Quantity' }), '3');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 6 }]);
    expect(screen.getByText(/Added 3 × Studio Headphones to your cart/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/cart');
  });

  it('adds to the quantity already in a signed-in shopper’s cart', async () => {
    setUrl('/product?id=17');
    signInAs();
    const fetchMock = mockApi({
      'GET /api/catalog/products/17': () => jsonResponse(aProductDetail()),
      'GET /api/order/cart': () => jsonResponse(aCart([aCartLine({ productId: 17, quantity: 2 })])),
      'PUT /api/order/cart/items/17': () => jsonResponse(aCart([aCartLine({ productId: 17, quantity: 3 })])),
    });
    const user = userEvent.setup();
    render(<ProductPage />);

    await user.click(await screen.findByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByText(/Added 1 × Studio Headphones/)).toBeInTheDocument();
    const put = sentRequest(fetchMock, 'PUT', '/api/order/cart/items/17');
    expect(put.body).toEqual({ quantity: 3 });
    expect(put.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(getGuestCart()).toEqual([]);
  });

  it('cannot add a sold-out product, and asks a guest to sign in for the restock e-mail', async () => {
    setUrl('/product?id=17');
    mockFetch(() => jsonResponse(aProductDetail({ stock: { status: 'sold_out', available: 0 } })));
    render(<ProductPage />);

    expect(await screen.findByRole('button', { name: 'Add to cart' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Fproduct%3Fid%3D17');
  });

  it('signs a signed-in shopper up for the restock e-mail', async () => {
    setUrl('/product?id=17');
    signInAs();
    const fetchMock = mockApi({
      'GET /api/catalog/products/17': () =>
        jsonResponse(aProductDetail({ stock: { status: 'sold_out', available: 0 } })),
      'POST /api/inventory/stock/17/restock-subscriptions': () =>
        jsonResponse(
          { subscriptionId: 1, productId: 17, email: 'aiko@example.com', createdAt: '2026-11-23T00:00:00Z' },
          201,
        ),
    });
    const user = userEvent.setup();
    render(<ProductPage />);

    await user.click(await screen.findByRole('button', { name: 'E-mail me when it is back' }));

    expect(
      await screen.findByText('We will e-mail aiko@example.com when this product is back in stock.'),
    ).toBeInTheDocument();
    const signup = sentRequest(fetchMock, 'POST', '/api/inventory/stock/17/restock-subscriptions');
    // the service writes to the token's own address: the page names none
    expect(signup.body).toBeUndefined();
    expect(signup.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('says so when the shopper could not be signed up for the restock e-mail', async () => {
    setUrl('/product?id=17');
    signInAs();
    mockApi({
      'GET /api/catalog/products/17': () =>
        jsonResponse(aProductDetail({ stock: { status: 'sold_out', available: 0 } })),
      'POST /api/inventory/stock/17/restock-subscriptions': () =>
        jsonResponse(
          {
            type: 'urn:o11y-shop:problem:email-unknown',
            title: 'No e-mail address in the access token',
            status: 403,
            detail: "Restock notices go to the signed-in shopper's e-mail address, and this access token carries none",
          },
          403,
        ),
    });
    const user = userEvent.setup();
    render(<ProductPage />);

    await user.click(await screen.findByRole('button', { name: 'E-mail me when it is back' }));

    expect(await screen.findByText('You could not be signed up.')).toBeInTheDocument();
    expect(screen.queryByText(/We will e-mail/)).not.toBeInTheDocument();
  });
});
