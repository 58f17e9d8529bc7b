import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getSessionState } from '@/lib/session';
import { fillAddressForm } from '@/test/address-form';
import { jsonResponse, mockApi, problemResponse, sentRequest } from '@/test/fetch';
import { aShippingAddress, anAddress } from '@/test/fixtures';
import { anAccount, signInAs } from '@/test/session';
import AccountPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const ADDRESS = anAddress();
const ADDRESS_URL = `/api/identity/me/addresses/${ADDRESS.id}`;

describe('account page', () => {
  it('edits the display name, and the session shows the new one', async () => {
    signInAs();
    const fetchMock = mockApi({
      'GET /api/identity/me/addresses': () => jsonResponse({ items: [] }),
      'PUT /api/identity/me': () => jsonResponse(anAccount({ displayName: 'Aiko T.' })),
    });
    const user = userEvent.setup();
    render(<AccountPage />);

    expect(screen.getByTestId('display-name')).toHaveTextContent('Aiko');
    expect(screen.getByText('aiko@example.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit name' }));
    await user.clear(screen.getByLabelText('Your name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Enter your name.');

    await user.type(screen.getByLabelText('Your name'), 'Aiko T.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('display-name')).toHaveTextContent('Aiko T.');
    expect(sentRequest(fetchMock, 'PUT', '/api/identity/me').body).toEqual({ displayName: 'Aiko T.' });
    expect(getSessionState()).toMatchObject({ session: { account: { displayName: 'Aiko T.' } } });
  });

  it('adds an address to the address book', async () => {
    signInAs();
    let saved = false;
    const fetchMock = mockApi({
      'GET /api/identity/me/addresses': () => jsonResponse({ items: saved ? [ADDRESS] : [] }),
      'POST /api/identity/me/addresses': () => {
        saved = true;
        return jsonResponse(ADDRESS, 201);
      },
    });
    const user = userEvent.setup();
    render(<AccountPage />);

    expect(await screen.findByText('You have no saved addresses yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    await fillAddressForm(user, aShippingAddress());
    await user.click(screen.getByRole('button', { name: 'Save address' }));

    expect(await screen.findByTestId('address')).toHaveTextContent('〒100-0001 東京都 千代田区 千代田1-1');
    expect(sentRequest(fetchMock, 'POST', '/api/identity/me/addresses').body).toMatchObject({ name: 'Aiko Tanaka' });
  });

  it('edits an address', async () => {
    signInAs();
    let current = ADDRESS;
    const fetchMock = mockApi({
      'GET /api/identity/me/addresses': () => jsonResponse({ items: [current] }),
      [`PUT ${ADDRESS_URL}`]: () => {
        current = { ...ADDRESS, line2: 'Room 201' };
        return jsonResponse(current);
      },
    });
    const user = userEvent.setup();
    render(<AccountPage />);

    await user.click(await screen.findByRole('button', { name: 'Edit the address of Aiko Tanaka' }));
    expect(screen.getByLabelText('Recipient name')).toHaveValue('Aiko Tanaka');
    await user.type(screen.getByLabelText('Building and room (optional)'), 'Room 201');
    await user.click(screen.getByRole('button', { name: 'Save address' }));

    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('千代田1-1 Room 201'));
    expect(sentRequest(fetchMock, 'PUT', ADDRESS_URL).body).toMatchObject({ line2: 'Room 201' });
  });

  it('deletes an address after asking', async () => {
    signInAs();
    let deleted = false;
    const fetchMock = mockApi({
      'GET /api/identity/me/addresses': () => jsonResponse({ items: deleted ? [] : [ADDRESS] }),
      [`DELETE ${ADDRESS_URL}`]: () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    render(<AccountPage />);

    await user.click(await screen.findByRole('button', { name: 'Delete the address of Aiko Tanaka' }));
    const confirm = screen.getByRole('group', { name: 'Delete the address of Aiko Tanaka?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('You have no saved addresses yet.')).toBeInTheDocument();
    expect(sentRequest(fetchMock, 'DELETE', ADDRESS_URL)).toBeDefined();
  });

  it('signs the shopper out with a message when the token is refused', async () => {
    signInAs();
    mockApi({ 'GET /api/identity/me/addresses': () => problemResponse(401, 'Unauthorized') });
    render(<AccountPage />);

    expect(await screen.findByRole('heading', { name: 'Sign in to see your account' })).toBeInTheDocument();
    expect(getSessionState()).toMatchObject({
      status: 'signed-out',
      notice: 'Your session has ended. Please sign in again.',
    });
  });
});
