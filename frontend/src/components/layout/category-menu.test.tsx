import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch';
import { aCategory } from '@/test/fixtures';
import { CategoryMenu } from './category-menu';

vi.mock('next/navigation', () => import('@/test/next-navigation'));

const categories = [aCategory(), aCategory({ id: 2, slug: 'home-office', name: 'Home office' })];

describe('CategoryMenu', () => {
  it('opens from the keyboard, lists the categories and closes with Escape', async () => {
    mockFetch(() => jsonResponse({ categories }));
    const user = userEvent.setup();
    render(<CategoryMenu />);
    const button = screen.getByRole('button', { name: 'Categories' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.tab();
    await user.keyboard('{Enter}');

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('link', { name: 'Home office' })).toHaveAttribute(
      'href',
      '/category?slug=home-office',
    );

    await user.tab();
    expect(screen.getByRole('link', { name: 'Audio' })).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Audio' })).not.toBeInTheDocument();
  });

  it('says so when the categories cannot be loaded', async () => {
    mockFetch(() => problemResponse(503, 'Service Unavailable'));
    const user = userEvent.setup();
    render(<CategoryMenu />);

    await user.click(screen.getByRole('button', { name: 'Categories' }));

    expect(await screen.findByText('Categories are unavailable right now.')).toBeInTheDocument();
  });
});
