import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AddressInput } from '@/lib/identity-api';
import { fillAddressForm } from '@/test/address-form';
import { jsonResponse, mockApi, problemResponse, sentRequest, sentRequests } from '@/test/fetch';
import { AN_ORDER_ID, aCart, aCartLine, aShippingAddress, anAddress, anOrder } from '@/test/fixtures';
import { routerPush } from '@/test/next-navigation';
import { TEST_TOKEN, signInAs } from '@/test/session';
import CheckoutPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const CART = aCart([
  aCartLine({ productId: 17, name: 'Studio Headphones', quantity: 2 }),
  aCartLine({ productId: 5, name: 'Braided Cable', unitPrice: { amount: 1500, currency: 'JPY' } }),
]);

type Route = Parameters<typeof mockApi>[0][string];

function checkoutApi(placeOrder: Route, overrides: Record<string, Route> = {}) {
  return mockApi({
    'GET /api/identity/me/addresses': () => jsonResponse({ items: [anAddress()] }),
    'GET /api/order/cart': () => jsonResponse(CART),
    'POST /api/order/orders': placeOrder,
    ...overrides,
  });
}

function placedOrder() {
  return jsonResponse(anOrder(), 201);
}

async function fillCard(user: UserEvent, number: string) {
  await user.type(screen.getByLabelText('Card number'), number);
  await user.type(screen.getByLabelText('Name on card'), 'AIKO TANAKA');
  await user.type(screen.getByLabelText('Expiry (MM/YY)'), '12/39');
  await user.type(screen.getByLabelText('Security code'), '123');
}

async function goToConfirm(user: UserEvent, cardNumber = '4242 4242 4242 4242') {
  await user.click(await screen.findByRole('button', { name: 'Use this address' }));
  await user.click(await screen.findByRole('button', { name: 'Continue to payment' }));
  await fillCard(user, cardNumber);
  await user.click(screen.getByRole('button', { name: 'Continue to confirm' }));
  await screen.findByRole('heading', { name: 'Confirm your order' });
}

/** Opens the checkout, goes with the saved address and a good card to the confirm step, and places the order. */
async function openCheckoutAndPlaceOrder() {
  const user = userEvent.setup();
  render(<CheckoutPage />);
  await goToConfirm(user);
  await user.click(screen.getByRole('button', { name: 'Place order' }));
  return user;
}

function orderRequests(fetchMock: ReturnType<typeof mockApi>) {
  return sentRequests(fetchMock).filter((request) => request.method === 'POST' && request.url === '/api/order/orders');
}

describe('checkout page', () => {
  it('asks a signed-out visitor to sign in first and come back', async () => {
    render(<CheckoutPage />);

    expect(await screen.findByRole('heading', { name: 'Sign in to check out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Fcheckout');
  });

  it('step 1 uses a saved address', async () => {
    signInAs();
    checkoutApi(placedOrder, {
      'GET /api/identity/me/addresses': () =>
        jsonResponse({
          items: [anAddress(), anAddress({ id: 'b6d0c1a2-0000-4000-8000-000000000002', name: 'Ken Sato' })],
        }),
    });
    const user = userEvent.setup();
    render(<CheckoutPage />);

    expect(await screen.findByRole('radio', { name: /Aiko Tanaka/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Ken Sato/ }));
    await user.click(screen.getByRole('button', { name: 'Use this address' }));

    const review = await screen.findByRole('region', { name: 'Review your order' });
    expect(review).toHaveTextContent('Ken Sato, 〒100-0001 東京都 千代田区 千代田1-1');
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('2. Review');
  });

  it('step 1 saves a new address to the address book and uses it', async () => {
    signInAs();
    const created = anAddress({ id: 'c0ffee00-0000-4000-8000-000000000003', name: 'Mika Ito' });
    const fetchMock = checkoutApi(placedOrder, {
      'GET /api/identity/me/addresses': () => jsonResponse({ items: [] }),
      'POST /api/identity/me/addresses': () => jsonResponse(created, 201),
    });
    const user = userEvent.setup();
    render(<CheckoutPage />);

    const typed: AddressInput = {
      name: 'Mika Ito',
      postalCode: '1000001',
      prefecture: '東京都',
      city: '千代田区',
      line1: '千代田1-1',
      phone: '0312345678',
    };
    await fillAddressForm(user, typed);
    await user.click(screen.getByRole('button', { name: 'Save and use this address' }));

    expect(await screen.findByRole('region', { name: 'Review your order' })).toHaveTextContent('Mika Ito');
    const saved = sentRequest(fetchMock, 'POST', '/api/identity/me/addresses');
    expect(saved.body).toEqual(typed);
    expect(saved.headers.Authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('step 2 shows the cart with the prices the order service holds', async () => {
    signInAs();
    checkoutApi(placedOrder);
    const user = userEvent.setup();
    render(<CheckoutPage />);

    await user.click(await screen.findByRole('button', { name: 'Use this address' }));

    const table = await screen.findByRole('table', { name: 'Products in your order' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Studio Headphones¥12,8002¥25,600');
    expect(rows[2]).toHaveTextContent('Braided Cable¥1,5001¥1,500');
    expect(screen.getByTestId('order-total')).toHaveTextContent('¥27,100');
  });

  it('step 3 checks the card and sends only its last four digits', async () => {
    signInAs();
    const fetchMock = checkoutApi(placedOrder);
    const user = userEvent.setup();
    render(<CheckoutPage />);
    await user.click(await screen.findByRole('button', { name: 'Use this address' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }));

    await user.type(screen.getByLabelText('Card number'), '4242 4242 4242 4241');
    await user.click(screen.getByRole('button', { name: 'Continue to confirm' }));
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription('Enter a valid card number.');
    expect(screen.getByLabelText('Name on card')).toHaveAccessibleDescription('Enter the name on the card.');
    expect(screen.getByLabelText('Expiry (MM/YY)')).toHaveAccessibleDescription('Enter the expiry date as MM/YY.');

    await user.clear(screen.getByLabelText('Card number'));
    await fillCard(user, '4242 4242 4242 4242');
    await user.click(screen.getByRole('button', { name: 'Continue to confirm' }));
    expect(await screen.findByText('Card ending in 4242')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith(`/order-complete?id=${AN_ORDER_ID}`));
    const [placed] = orderRequests(fetchMock);
    expect(placed!.body).toEqual({
      shippingAddress: aShippingAddress(),
      payment: { method: 'card', cardLast4: '4242' },
    });
    expect(JSON.stringify(sentRequests(fetchMock))).not.toContain('42424242');
  });

  it('step 4 places the order once however often the button is clicked', async () => {
    signInAs();
    let answer!: (response: Response) => void;
    const fetchMock = checkoutApi(() => new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(<CheckoutPage />);
    await goToConfirm(user);

    const placeButton = screen.getByRole('button', { name: 'Place order' });
    fireEvent.click(placeButton);
    fireEvent.click(placeButton);
    expect(screen.getByRole('button', { name: 'Placing your order…' })).toBeDisabled();
    answer(placedOrder());

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith(`/order-complete?id=${AN_ORDER_ID}`));
    expect(orderRequests(fetchMock)).toHaveLength(1);
    expect(orderRequests(fetchMock)[0]!.headers['Idempotency-Key']).toMatch(/^[A-Za-z0-9._:-]{1,100}$/);
  });

  it('offers a retry after a declined payment, with the same idempotency key', async () => {
    signInAs();
    let attempts = 0;
    const fetchMock = checkoutApi(() => {
      attempts += 1;
      return attempts === 1
        ? problemResponse(402, 'Payment Required', 'The card was declined.', {
            type: 'urn:o11y-shop:problem:payment-declined',
            requestId: 'req-402',
          })
        : placedOrder();
    });
    const user = await openCheckoutAndPlaceOrder();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your payment was declined. Nothing was ordered.');
    expect(alert).toHaveTextContent('The card was declined.');
    expect(alert).toHaveTextContent('Request ID: req-402');
    expect(within(alert).getByRole('button', { name: 'Use another card' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith(`/order-complete?id=${AN_ORDER_ID}`));
    const [first, retry] = orderRequests(fetchMock);
    expect(retry!.headers['Idempotency-Key']).toBe(first!.headers['Idempotency-Key']);
  });

  it('goes back to the review with the new prices when they changed', async () => {
    signInAs();
    const repriced = aCart([
      aCartLine({
        productId: 17,
        name: 'Studio Headphones',
        quantity: 2,
        unitPrice: { amount: 13800, currency: 'JPY' },
      }),
    ]);
    let carts = 0;
    let attempts = 0;
    const fetchMock = checkoutApi(
      () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(409, 'Conflict', 'Prices changed.', {
              type: 'urn:o11y-shop:problem:price-changed',
              priceChanges: [
                {
                  productId: 17,
                  previousPrice: { amount: 12800, currency: 'JPY' },
                  currentPrice: { amount: 13800, currency: 'JPY' },
                },
              ],
            })
          : placedOrder();
      },
      {
        'GET /api/order/cart': () => {
          carts += 1;
          return jsonResponse(carts === 1 ? CART : repriced);
        },
      },
    );
    const user = await openCheckoutAndPlaceOrder();

    const review = await screen.findByRole('region', { name: 'Review your order' });
    expect(within(review).getByRole('alert')).toHaveTextContent('Studio Headphones: ¥12,800 → ¥13,800');
    expect(await within(review).findByTestId('order-total')).toHaveTextContent('¥27,600');
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    expect(await screen.findByTestId('order-total')).toHaveTextContent('¥27,600');
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(routerPush).toHaveBeenCalled());
    const [first, second] = orderRequests(fetchMock);
    expect(second!.headers['Idempotency-Key']).toBe(first!.headers['Idempotency-Key']);
  });

  it('names the products that are short of stock', async () => {
    signInAs();
    checkoutApi(() =>
      problemResponse(409, 'Conflict', 'Not enough stock.', {
        type: 'urn:o11y-shop:problem:insufficient-stock',
        shortages: [{ productId: 17, requested: 2, available: 1 }],
      }),
    );
    await openCheckoutAndPlaceOrder();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some products do not have enough stock. Nothing was ordered.');
    expect(alert).toHaveTextContent('Studio Headphones: you asked for 2, 1 available');
    expect(within(alert).getByRole('link', { name: 'Change your cart' })).toHaveAttribute('href', '/cart');
    expect(routerPush).not.toHaveBeenCalled();
  });
});
