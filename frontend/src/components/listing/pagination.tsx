import Link from 'next/link';
import { pageLinks } from '@/lib/listing';

const ITEM_CLASSES = 'flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm';
const LINK_CLASSES = `${ITEM_CLASSES} border border-slate-300 bg-white hover:bg-brand-50`;
const DISABLED_CLASSES = `${ITEM_CLASSES} border border-slate-200 text-slate-400`;

/** `page` is one-based, as in the URL. */
export function Pagination({
  page,
  totalPages,
  hrefForPage,
}: {
  page: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
}) {
  if (totalPages <= 1) {
    return null;
  }
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={hrefForPage(page - 1)} rel="prev" className={LINK_CLASSES}>
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={DISABLED_CLASSES}>
              Previous
            </span>
          )}
        </li>
        {pageLinks(page, totalPages).map((link, index) =>
          link === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={link}>
              <Link
                href={hrefForPage(link)}
                aria-label={`Page ${link}`}
                aria-current={link === page ? 'page' : undefined}
                className={
                  link === page ? `${ITEM_CLASSES} bg-brand-600 font-semibold text-white` : LINK_CLASSES
                }
              >
                {link}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link href={hrefForPage(page + 1)} rel="next" className={LINK_CLASSES}>
              Next
            </Link>
          ) : (
            <span aria-disabled="true" className={DISABLED_CLASSES}>
              Next
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
