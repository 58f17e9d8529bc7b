import { describe, expect, it } from 'vitest';
import { aCategory } from '@/test/fixtures';
import { categoryProblems, parentSlugOf, slugsWithin, toNewCategory } from './category-form';

const TREE = [
  aCategory({
    slug: 'audio',
    children: [aCategory({ slug: 'headphones', children: [aCategory({ slug: 'in-ear' })] })],
  }),
  aCategory({ slug: 'home' }),
];

describe('category form', () => {
  it('checks the slug of a new category only', () => {
    const draft = { slug: 'Home Audio', name: 'Home audio', description: '', parentSlug: '', sortOrder: '0' };
    expect(categoryProblems(draft, true).slug).toMatch(/^Use lower-case letters/);
    expect(categoryProblems(draft, false).slug).toBeUndefined();
    expect(categoryProblems({ ...draft, slug: 'home-audio' }, true).slug).toBeUndefined();
    expect(categoryProblems({ ...draft, sortOrder: '10001' }, false).sortOrder).toBe('Enter 0 to 10,000.');
  });

  it('sends no parent as null', () => {
    expect(
      toNewCategory({ slug: 'lamps', name: ' Lamps ', description: ' Light. ', parentSlug: '', sortOrder: '5' }),
    ).toEqual({ slug: 'lamps', name: 'Lamps', description: 'Light.', parentSlug: null, sortOrder: 5 });
  });

  it('finds a category’s parent, and what it may not move under', () => {
    expect(parentSlugOf(TREE, 'in-ear')).toBe('headphones');
    expect(parentSlugOf(TREE, 'headphones')).toBe('audio');
    expect(parentSlugOf(TREE, 'home')).toBeUndefined();
    expect([...slugsWithin(TREE[0]!)]).toEqual(['audio', 'headphones', 'in-ear']);
  });
});
