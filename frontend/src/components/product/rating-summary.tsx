import type { Rating } from '@/lib/api';
import { formatRating } from '@/lib/format';

export function Stars({ value }: { value: number }) {
  const filled = Math.round(value);
  return (
    <span aria-hidden="true" className="tracking-tight text-amber-500">
      {'★'.repeat(filled)}
      <span className="text-slate-300">{'★'.repeat(5 - filled)}</span>
    </span>
  );
}

export function RatingSummary({ rating }: { rating: Rating }) {
  if (rating.count === 0) {
    return <p className="text-sm text-slate-500">No reviews yet</p>;
  }
  const reviews = rating.count === 1 ? '1 review' : `${rating.count} reviews`;
  return (
    <p className="flex items-center gap-1 text-sm text-slate-600">
      <Stars value={rating.average} />
      <span className="sr-only">Rated {formatRating(rating.average)} out of 5,</span>
      <span aria-hidden="true">{formatRating(rating.average)}</span>
      <span>({reviews})</span>
    </p>
  );
}
