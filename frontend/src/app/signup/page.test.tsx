import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, mockFetch, problemResponse, sentRequest } from '@/test/fetch';
import { routerPush, setUrl } from '@/test/next-navigation';
import { anAccount } from '@/test/session';
import SignupPage from './page';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const TOKEN = { accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 3600 };

/** Renders the page and sends the form with these values typed in (an empty one is left alone). */
async function submitSignUp(name: string, email: string, password: string) {
  const user = userEvent.setup();
  render(<SignupPage />);
  for (const [label, value] of [['Your name', name], ['E-mail address', email], ['Password', password]] as const) {
    if (value !== '') await user.type(screen.getByLabelText(label), value);
  }
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('sign-up page', () => {
  it('checks name, e-mail address and password as the contract does', async () => {
    setUrl('/signup');
    const fetchMock = mockFetch(() => jsonResponse(anAccount(), 201));
    await submitSignUp('   ', 'aiko@example', 'short');

    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription(
      'Enter an e-mail address like name@example.com.',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. Use at least 10 characters.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a password longer than 72 bytes', async () => {
    setUrl('/signup');
    await submitSignUp('', '', 'パスワード'.repeat(5));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. Use a shorter password (at most 72 bytes).',
    );
  });

  it('creates the account, signs in and goes to ?next=', async () => {
    setUrl('/signup?next=%2Fcart');
    const fetchMock = mockApi({
      'POST /api/identity/users': () => jsonResponse(anAccount(), 201),
      'POST /api/identity/sessions': () => jsonResponse(TOKEN),
      'GET /api/identity/me': () => jsonResponse(anAccount()),
    });
    await submitSignUp(' Aiko ', 'aiko@example.com', 'correct horse battery');

    await waitFor(() => expect(routerPush).toHaveBeenCalledWith('/cart'));
    expect(sentRequest(fetchMock, 'POST', '/api/identity/users').body).toEqual({
      email: 'aiko@example.com',
      password: 'correct horse battery',
      displayName: 'Aiko',
    });
  });

  it('shows the server’s field errors next to their fields', async () => {
    setUrl('/signup');
    mockApi({
      'POST /api/identity/users': () =>
        problemResponse(400, 'Bad Request', 'The request has invalid fields.', {
          type: 'urn:o11y-shop:problem:invalid-parameter',
          requestId: 'req-400',
          errors: [{ parameter: 'displayName', message: 'must not contain control characters' }],
        }),
    });
    await submitSignUp('Aiko', 'aiko@example.com', 'correct horse battery');

    expect(await screen.findByRole('alert')).toHaveTextContent('Request ID: req-400');
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('must not contain control characters');
  });

  it('says when the e-mail address is taken', async () => {
    setUrl('/signup');
    mockApi({
      'POST /api/identity/users': () =>
        problemResponse(409, 'Conflict', 'An account with this e-mail address exists.', {
          type: 'urn:o11y-shop:problem:email-already-registered',
        }),
    });
    await submitSignUp('Aiko', 'aiko@example.com', 'correct horse battery');

    await screen.findByRole('alert');
    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription(
      'An account with this e-mail address exists. Sign in instead.',
    );
  });
});
