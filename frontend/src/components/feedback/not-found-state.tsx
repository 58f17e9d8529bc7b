import Link from 'next/link';

export function NotFoundState({
  title,
  message,
  href = '/',
  linkLabel = 'Back to the home page',
}: {
  title: string;
  message: string;
  href?: string;
  linkLabel?: string;
}) {
  return (
    <div data-testid="not-found" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-600">{message}</p>
      <Link
        href={href}
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {linkLabel}
      </Link>
    </div>
  );
}
