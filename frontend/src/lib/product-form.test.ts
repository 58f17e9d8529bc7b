import { describe, expect, it } from 'vitest';
import { aCategory, aProductDetail } from '@/test/fixtures';
import { hasErrors } from './validation';
import { EMPTY_PRODUCT, categoryOptions, productProblems, toProductDraft, toProductInput } from './product-form';

const A_DRAFT = {
  sku: 'elc-101',
  name: ' Desk Lamp ',
  description: 'A warm light.\nDimmable.',
  priceJpy: '12,800',
  categoryId: '3',
  featured: true,
};

describe('product form', () => {
  it('names every missing field', () => {
    expect(productProblems(EMPTY_PRODUCT)).toEqual({
      sku: 'Enter a SKU.',
      name: 'Enter a name.',
      description: 'Enter a description.',
      priceJpy: 'Enter a price in yen.',
      categoryId: 'Choose a category.',
    });
  });

  it('takes a SKU in lower case and a price with separators, and sends them as the API wants', () => {
    expect(hasErrors(productProblems(A_DRAFT))).toBe(false);
    expect(toProductInput(A_DRAFT)).toEqual({
      sku: 'ELC-101',
      name: 'Desk Lamp',
      description: 'A warm light.\nDimmable.',
      priceJpy: 12800,
      categoryId: 3,
      featured: true,
    });
  });

  it('refuses SKUs and prices the API would refuse', () => {
    for (const sku of ['AB', 'ELC--1', '-ELC', 'ELC_1', 'X'.repeat(41)]) {
      expect(productProblems({ ...A_DRAFT, sku }).sku, sku).toMatch(/^Use 3–40 letters/);
    }
    expect(productProblems({ ...A_DRAFT, priceJpy: '12.5' }).priceJpy).toBe('Enter whole yen, digits only.');
    expect(productProblems({ ...A_DRAFT, priceJpy: '-1' }).priceJpy).toBe('Enter whole yen, digits only.');
    expect(productProblems({ ...A_DRAFT, priceJpy: '100000001' }).priceJpy).toBe('Use at most ¥100,000,000.');
    expect(productProblems({ ...A_DRAFT, priceJpy: '100000000' }).priceJpy).toBeUndefined();
    expect(productProblems({ ...A_DRAFT, priceJpy: '0' }).priceJpy).toBe('A product costs at least ¥1.');
    expect(productProblems({ ...A_DRAFT, priceJpy: '1' }).priceJpy).toBeUndefined();
  });

  it('starts editing from the product as it is', () => {
    expect(toProductDraft(aProductDetail({ featured: true }))).toEqual({
      sku: 'ELC-017',
      name: 'Studio Headphones',
      description: 'Closed-back headphones for long mixing sessions.',
      priceJpy: '12800',
      categoryId: '3',
      featured: true,
    });
  });

  it('lists every category, parents first, by its path', () => {
    const tree = [
      aCategory({
        id: 1,
        slug: 'audio',
        name: 'Audio',
        children: [aCategory({ id: 3, slug: 'headphones', name: 'Headphones' })],
      }),
      aCategory({ id: 2, slug: 'home', name: 'Home' }),
    ];
    expect(categoryOptions(tree)).toEqual([
      { id: 1, slug: 'audio', label: 'Audio' },
      { id: 3, slug: 'headphones', label: 'Audio › Headphones' },
      { id: 2, slug: 'home', label: 'Home' },
    ]);
  });
});
