import type { Review } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { Stars } from './rating-summary';

export function ReviewList({ reviews }: { reviews: Review[] }) {
  if (reviews.length === 0) {
    return <p className="text-slate-600">No reviews yet. Be the first to review this product.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200">
      {reviews.map((review) => (
        <li key={review.id} className="py-4">
          <article aria-labelledby={`review-${review.id}`}>
            <h3 id={`review-${review.id}`} className="font-semibold text-slate-900">
              {review.title}
            </h3>
            <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
              <Stars value={review.rating} />
              <span className="sr-only">Rated {review.rating} out of 5</span>
              <span>
                by {review.author} on <time dateTime={review.createdAt}>{formatDate(review.createdAt)}</time>
              </span>
            </p>
            <p className="mt-2 whitespace-pre-line text-slate-700">{review.body}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
