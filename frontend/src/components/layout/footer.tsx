import Link from 'next/link';

export function Footer() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>o11y-shop — a real shop for learning AWS observability.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/" className="hover:text-brand-700">
                Home
              </Link>
            </li>
            <li>
              <Link href="/products" className="hover:text-brand-700">
                All products
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
