import { describe, expect, it } from 'vitest';
import { formatDate, formatPrice, formatRating } from './format';

describe('formatPrice', () => {
  it.each([
    [12800, '¥12,800'],
    [0, '¥0'],
    [980, '¥980'],
    [1234567, '¥1,234,567'],
  ])('formats %i yen as %s', (amount, expected) => {
    expect(formatPrice({ amount, currency: 'JPY' })).toBe(expected);
  });
});

describe('formatDate', () => {
  it('shows the date in Japan, where the shop is', () => {
    // 20:00 on 28 February in UTC is already 1 March in Tokyo.
    expect(formatDate('2026-02-28T20:00:00Z')).toBe('Mar 1, 2026');
  });
});

describe('formatRating', () => {
  it('keeps one decimal', () => {
    expect(formatRating(4.25)).toBe('4.3');
    expect(formatRating(4)).toBe('4.0');
  });
});
