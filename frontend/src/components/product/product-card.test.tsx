import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProduct } from '@/test/fixtures';
import { ProductCard } from './product-card';

describe('ProductCard', () => {
  it('links the product name to its detail page and shows price, stock and rating', () => {
    render(<ProductCard product={aProduct({ stock: { status: 'sold_out', available: 0 } })} />);

    const card = screen.getByTestId('product-card');
    expect(card.tagName).toBe('ARTICLE');
    expect(within(card).getByRole('link', { name: 'Studio Headphones' })).toHaveAttribute('href', '/product?id=17');
    expect(within(card).getByText('¥12,800')).toBeInTheDocument();
    expect(within(card).getByTestId('stock-badge')).toHaveTextContent('Sold out');
    expect(within(card).getByText('Rated 4.3 out of 5,')).toBeInTheDocument();
    expect(within(card).getByText('(12 reviews)')).toBeInTheDocument();
  });

  it('shows the product image with the product name as its text alternative', () => {
    render(<ProductCard product={aProduct()} />);

    const image = screen.getByRole('img', { name: 'Studio Headphones' });
    expect(image).toHaveAttribute('src', '/api/catalog/images/products/ELC-017.svg');
    expect(image).toHaveAttribute('width', '400');
    expect(image).toHaveAttribute('height', '400');
  });

  it('says so when nobody has reviewed the product', () => {
    render(<ProductCard product={aProduct({ rating: { average: 0, count: 0 } })} />);

    expect(screen.getByText('No reviews yet')).toBeInTheDocument();
  });
});
