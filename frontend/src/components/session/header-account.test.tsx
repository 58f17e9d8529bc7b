import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addToGuestCart } from '@/lib/guest-cart';
import { SESSION_ENDED_NOTICE, endSession, getSessionState } from '@/lib/session';
import { jsonResponse, mockApi } from '@/test/fetch';
import { aCart, aCartLine } from '@/test/fixtures';
import { routerPush } from '@/test/next-navigation';
import { anAccount, signInAs } from '@/test/session';
import { SessionNotice } from './session-notice';
import { HeaderAccount } from './header-account';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('HeaderAccount', () => {
  it('offers a guest "Sign in" and counts the guest cart', async () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);
    render(<HeaderAccount />);

    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.getByTestId('cart-count')).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Cart, 3 items' })).toHaveAttribute('href', '/cart');

    act(() => {
      addToGuestCart(5, 1);
    });
    expect(screen.getByTestId('cart-count')).toHaveTextContent('4');
  });

  it('shows the shopper’s name, the server cart count and "Sign out"', async () => {
    signInAs(anAccount({ displayName: 'Ken' }));
    mockApi({ 'GET /api/order/cart': () => jsonResponse(aCart([aCartLine({ quantity: 5 })])) });
    const user = userEvent.setup();
    render(<HeaderAccount />);

    expect(screen.getByRole('link', { name: 'Ken' })).toHaveAttribute('href', '/account');
    expect(await screen.findByTestId('cart-count')).toHaveTextContent('5');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(getSessionState().status).toBe('signed-out');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(routerPush).toHaveBeenCalledWith('/');
  });

  it('leads an admin, and only an admin, to the admin console', () => {
    mockApi({ 'GET /api/order/cart': () => jsonResponse(aCart([])) });
    signInAs(anAccount({ roles: ['customer', 'admin'] }));
    const { unmount } = render(<HeaderAccount />);
    expect(screen.getByRole('link', { name: 'Admin console' })).toHaveAttribute('href', '/admin');
    unmount();

    signInAs(anAccount({ roles: ['customer'] }));
    render(<HeaderAccount />);
    expect(screen.queryByRole('link', { name: 'Admin console' })).not.toBeInTheDocument();
  });

  it('tells the shopper when the shop signed them out', () => {
    signInAs();
    render(<SessionNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => endSession(SESSION_ENDED_NOTICE));

    expect(screen.getByRole('status')).toHaveTextContent(SESSION_ENDED_NOTICE);
  });
});
