import type { Money } from './api';

// en-JP keeps English digits and the half-width yen sign (ja-JP renders a full-width ￥).
const LOCALE = 'en-JP';

export function formatPrice({ amount, currency }: Money): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(amount);
}

// Fixed to the shop's time zone so that every visitor (and every test run) sees the same date.
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' });

export function formatDate(isoDateTime: string): string {
  return dateFormat.format(new Date(isoDateTime));
}

export function formatRating(average: number): string {
  return average.toFixed(1);
}

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Tokyo',
});

export function formatDateTime(isoDateTime: string): string {
  return dateTimeFormat.format(new Date(isoDateTime));
}
