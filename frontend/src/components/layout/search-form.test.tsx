import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { routerPush } from '@/test/next-navigation';
import { SearchForm } from './search-form';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

describe('SearchForm', () => {
  it('is a labelled search landmark', () => {
    render(<SearchForm />);

    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search products' })).toBeInTheDocument();
  });

  it('goes to the results page with the trimmed, encoded query', async () => {
    const user = userEvent.setup();
    render(<SearchForm />);

    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), '  noise & cancel {Enter}');

    expect(routerPush).toHaveBeenCalledWith('/search?q=noise%20%26%20cancel');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['an empty query', ''],
    ['a query of spaces', '   '],
  ])('refuses %s with a message tied to the input', async (_, typed) => {
    const user = userEvent.setup();
    render(<SearchForm />);
    const input = screen.getByRole('searchbox', { name: 'Search products' });

    if (typed) {
      await user.type(input, typed);
    }
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(routerPush).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a word to search for.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a word to search for.');
    expect(input).toHaveFocus();
  });

  it('clears the message once the visitor types again', async () => {
    const user = userEvent.setup();
    render(<SearchForm />);
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'l');

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
