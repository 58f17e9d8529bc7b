import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addToGuestCart, getGuestCart } from '@/lib/guest-cart';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aCart, aCartLine, aProductDetail } from '@/test/fixtures';
import { TEST_TOKEN, signInAs } from '@/test/session';
import CartPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const HEADPHONES = aProductDetail({ id: 17, name: 'Studio Headphones', price: { amount: 12800, currency: 'JPY' } });
const CABLE = aProductDetail({
  id: 5,
  name: 'Braided Cable',
  price: { amount: 1500, currency: 'JPY' },
  images: [{ url: '/api/catalog/images/products/CBL-005.svg', alt: 'Cable' }],
});

function catalogRoutes() {
  return {
    'GET /api/catalog/products/17': () => jsonResponse(HEADPHONES),
    'GET /api/catalog/products/5': () => jsonResponse(CABLE),
  };
}

function lineNamed(name: string) {
  return screen.getAllByTestId('cart-line').find((line) => within(line).queryByRole('link', { name }))!;
}

describe('cart page for a guest', () => {
  it('shows each line with picture, name, unit price, quantity and the totals', async () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);
    mockApi(catalogRoutes());
    render(<CartPage />);

    expect(await screen.findAllByTestId('cart-line')).toHaveLength(2);
    const headphones = lineNamed('Studio Headphones');
    expect(within(headphones).getByRole('img', { name: 'Studio Headphones' })).toHaveAttribute(
      'src',
      '/api/catalog/images/products/ELC-017.svg',
    );
    expect(headphones).toHaveTextContent('¥12,800 each');
    expect(within(headphones).getByRole('combobox', { name: 'Quantity of Studio Headphones' })).toHaveValue('2');
    expect(within(headphones).getByTestId('line-total')).toHaveTextContent('¥25,600');
    expect(screen.getByTestId('cart-item-count')).toHaveTextContent('3');
    expect(screen.getByTestId('cart-total')).toHaveTextContent('¥27,100');
    expect(screen.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/login?next=%2Fcheckout');
  });

  it('changes a quantity and removes a line in the browser', async () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);
    const fetchMock = mockApi(catalogRoutes());
    const user = userEvent.setup();
    render(<CartPage />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Quantity of Braided Cable' }), '4');
    expect(screen.getByTestId('cart-total')).toHaveTextContent('¥31,600');

    await user.click(screen.getByRole('button', { name: 'Remove Studio Headphones' }));

    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    expect(getGuestCart()).toEqual([{ productId: 5, quantity: 4 }]);
    expect(screen.getByTestId('cart-total')).toHaveTextContent('¥6,000');
    // Names and prices were read once; changing and removing lines needs nothing new from the catalog.
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('drops a product the catalog no longer sells', async () => {
    addToGuestCart(17, 1);
    addToGuestCart(99, 1);
    mockApi({ ...catalogRoutes(), 'GET /api/catalog/products/99': () => problemResponse(404, 'Not Found') });
    render(<CartPage />);

    expect(await screen.findAllByTestId('cart-line')).toHaveLength(1);
    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 1 }]);
  });

  it('says so when the cart is empty', async () => {
    render(<CartPage />);

    expect(await screen.findByText('Your cart is empty.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Checkout' })).not.toBeInTheDocument();
  });

  it('shows an error with the request ID when the catalog fails', async () => {
    addToGuestCart(17, 1);
    mockApi({
      'GET /api/catalog/products/17': () => problemResponse(502, 'Bad Gateway', undefined, { requestId: 'req-9' }),
    });
    render(<CartPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your cart could not be loaded.');
    expect(alert).toHaveTextContent('Request ID: req-9');
  });
});

describe('cart page for a signed-in shopper', () => {
  it('shows the server cart and sets quantities there', async () => {
    signInAs();
    const cart = aCart([
      aCartLine({ productId: 17, quantity: 1 }),
      aCartLine({ productId: 5, name: 'Braided Cable', unitPrice: { amount: 1500, currency: 'JPY' } }),
    ]);
    const changed = aCart([aCartLine({ productId: 17, quantity: 3 }), cart.items[1]!]);
    const fetchMock = mockApi({
      ...catalogRoutes(),
      'GET /api/order/cart': () => jsonResponse(cart),
      'PUT /api/order/cart/items/17': () => jsonResponse(changed),
    });
    const user = userEvent.setup();
    render(<CartPage />);

    expect(await screen.findByTestId('cart-total')).toHaveTextContent('¥14,300');
    expect(screen.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Quantity of Studio Headphones' }), '3');

    await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent('¥39,900'));
    const put = sentRequest(fetchMock, 'PUT', '/api/order/cart/items/17');
    expect(put.body).toEqual({ quantity: 3 });
    expect(put.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('removes a line on the server', async () => {
    signInAs();
    const fetchMock = mockApi({
      ...catalogRoutes(),
      'GET /api/order/cart': () => jsonResponse(aCart([aCartLine()])),
      'DELETE /api/order/cart/items/17': () => jsonResponse(aCart([])),
    });
    const user = userEvent.setup();
    render(<CartPage />);

    await user.click(await screen.findByRole('button', { name: 'Remove Studio Headphones' }));

    expect(await screen.findByText('Your cart is empty.')).toBeInTheDocument();
    expect(sentRequest(fetchMock, 'DELETE', '/api/order/cart/items/17')).toBeDefined();
  });

  it('tells the shopper when a change is refused', async () => {
    signInAs();
    mockApi({
      ...catalogRoutes(),
      'GET /api/order/cart': () => jsonResponse(aCart([aCartLine()])),
      'PUT /api/order/cart/items/17': () =>
        problemResponse(503, 'Service Unavailable', 'The catalog did not answer in time.', { requestId: 'req-4' }),
    });
    const user = userEvent.setup();
    render(<CartPage />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Quantity of Studio Headphones' }), '2');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your cart could not be changed.');
    expect(alert).toHaveTextContent('The catalog did not answer in time.');
    expect(alert).toHaveTextContent('Request ID: req-4');
  });
});
