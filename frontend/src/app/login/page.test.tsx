import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getSessionState } from '@/lib/session';
import { jsonResponse, mockApi, mockFetch, problemResponse } from '@/test/fetch';
import { routerPush, setUrl } from '@/test/next-navigation';
import { anAccount } from '@/test/session';
import LoginPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const TOKEN = { accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 3600 };
const SIGNED_IN = {
  'POST /api/identity/sessions': () => jsonResponse(TOKEN),
  'GET /api/identity/me': () => jsonResponse(anAccount()),
};

/** Renders the page and sends the form with these values typed in (an empty one is left alone). */
async function submitSignIn(email: string, password: string) {
  const user = userEvent.setup();
  render(<LoginPage />);
  for (const [label, value] of [['E-mail address', email], ['Password', password]] as const) {
    if (value !== '') await user.type(screen.getByLabelText(label), value);
  }
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('log-in page', () => {
  it('checks the fields before asking the server', async () => {
    setUrl('/login');
    const fetchMock = mockFetch(() => jsonResponse(TOKEN));
    await submitSignIn('not-an-address', '');

    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription(
      'Enter an e-mail address like name@example.com.',
    );
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in and goes to the page in ?next=', async () => {
    setUrl('/login?next=%2Fcheckout');
    mockApi(SIGNED_IN);
    await submitSignIn('aiko@example.com', 'correct horse battery');

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith('/checkout'));
    expect(getSessionState().status).toBe('signed-in');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/signup?next=%2Fcheckout');
  });

  it('never follows ?next= off the site', async () => {
    setUrl('/login?next=%2F%2Fevil.example');
    mockApi(SIGNED_IN);
    await submitSignIn('aiko@example.com', 'correct horse battery');

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith('/'));
  });

  it('shows the refusal with its request ID', async () => {
    setUrl('/login');
    mockApi({
      'POST /api/identity/sessions': () =>
        problemResponse(401, 'Unauthorized', 'E-mail address or password is wrong.', {
          type: 'urn:o11y-shop:problem:invalid-credentials',
          requestId: 'req-401',
        }),
    });
    await submitSignIn('aiko@example.com', 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The e-mail address or password is not right.');
    expect(alert).toHaveTextContent('Request ID: req-401');
    expect(getSessionState().status).toBe('signed-out');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
