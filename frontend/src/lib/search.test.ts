import { describe, expect, it } from 'vitest';
import { searchHref, searchQueryProblem } from './search';

describe('searchQueryProblem', () => {
  it('accepts a word', () => {
    expect(searchQueryProblem(' lamp ')).toBeUndefined();
  });

  it('asks for a word when there is none', () => {
    expect(searchQueryProblem(' \t ')).toBe('Enter a word to search for.');
  });

  it('refuses more than the API accepts', () => {
    expect(searchQueryProblem('a'.repeat(100))).toBeUndefined();
    expect(searchQueryProblem('a'.repeat(101))).toBe('Use at most 100 characters.');
  });
});

describe('searchHref', () => {
  it('trims and encodes the query', () => {
    expect(searchHref(' café lamp ')).toBe('/search?q=caf%C3%A9%20lamp');
  });
});
