import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';

const hrefForPage = (page: number) => `/products?page=${page}`;

describe('Pagination', () => {
  it('disables Previous on the first page and links Next to the second', () => {
    render(<Pagination page={1} totalPages={3} hrefForPage={hrefForPage} />);

    expect(screen.queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument();
    expect(screen.getByText('Previous')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/products?page=2');
  });

  it('disables Next on the last page and links Previous to the one before', () => {
    render(<Pagination page={3} totalPages={3} hrefForPage={hrefForPage} />);

    expect(screen.queryByRole('link', { name: 'Next' })).not.toBeInTheDocument();
    expect(screen.getByText('Next')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/products?page=2');
  });

  it('links every page number and marks the current page', () => {
    render(<Pagination page={2} totalPages={3} hrefForPage={hrefForPage} />);

    for (const page of [1, 2, 3]) {
      expect(screen.getByRole('link', { name: `Page ${page}` })).toHaveAttribute('href', `/products?page=${page}`);
    }
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current');
  });

  it('leaves out far pages when there are many', () => {
    render(<Pagination page={10} totalPages={20} hrefForPage={hrefForPage} />);

    const numbers = screen
      .getAllByRole('link', { name: /^Page / })
      .map((link) => link.textContent);
    expect(numbers).toEqual(['1', '9', '10', '11', '20']);
  });

  it('renders nothing when everything fits on one page', () => {
    const { container } = render(<Pagination page={1} totalPages={1} hrefForPage={hrefForPage} />);

    expect(container).toBeEmptyDOMElement();
  });
});
