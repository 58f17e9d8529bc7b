import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getSessionState } from '@/lib/session';
import { jsonResponse, mockApi } from '@/test/fetch';
import { setUrl } from '@/test/next-navigation';
import { anAccount, signInAs } from '@/test/session';
import { activeAdminSection } from './admin-nav';
import { AdminShell } from './admin-shell';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const ADMIN = anAccount({ email: 'admin@o11y-shop.local', displayName: 'Admin', roles: ['customer', 'admin'] });
const TOKEN = { accessToken: 'admin-token', tokenType: 'Bearer', expiresIn: 3600 };

function renderShell() {
  return render(
    <AdminShell>
      <p>Admin content</p>
    </AdminShell>,
  );
}

describe('AdminShell', () => {
  it('asks a signed-out visitor to sign in, then shows the page to the admin', async () => {
    setUrl('/admin/stock');
    mockApi({
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(ADMIN),
    });
    const user = userEvent.setup();
    renderShell();

    expect(screen.getByRole('heading', { name: 'Admin console' })).toBeInTheDocument();
    expect(screen.queryByText('Admin content')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('E-mail address'), 'admin@o11y-shop.local');
    await user.type(screen.getByLabelText('Password'), 'the admin password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Admin content')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Admin' });
    expect(within(nav).getByRole('link', { name: 'Stock' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
  });

  it('refuses a shopper without the admin role politely, and lets them sign out', async () => {
    setUrl('/admin');
    signInAs(anAccount({ email: 'aiko@example.com', roles: ['customer'] }));
    const user = userEvent.setup();
    renderShell();

    expect(screen.getByRole('heading', { name: 'This account cannot use the admin console' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as aiko@example.com/)).toBeInTheDocument();
    expect(screen.queryByText('Admin content')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Admin' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(getSessionState().status).toBe('signed-out');
    expect(screen.getByRole('heading', { name: 'Admin console' })).toBeInTheDocument();
  });

  it('signs the admin out from the navigation', async () => {
    setUrl('/admin');
    signInAs(ADMIN);
    const user = userEvent.setup();
    renderShell();

    expect(screen.getByText('admin@o11y-shop.local')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(screen.queryByText('Admin content')).not.toBeInTheDocument());
    expect(getSessionState().status).toBe('signed-out');
  });
});

describe('activeAdminSection', () => {
  it('picks the most specific section', () => {
    expect(activeAdminSection('/admin')).toBe('/admin');
    expect(activeAdminSection('/admin/products')).toBe('/admin/products');
    expect(activeAdminSection('/admin/products/edit')).toBe('/admin/products');
    expect(activeAdminSection('/admin/products/new')).toBe('/admin/products/new');
    expect(activeAdminSection('/admin/stock/product')).toBe('/admin/stock');
    expect(activeAdminSection('/admin/stockroom')).toBe('/admin');
  });
});
