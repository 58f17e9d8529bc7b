import Link from 'next/link';
import { HeaderAccount } from '../session/header-account';
import { Logo } from '../logo';
import { CategoryMenu } from './category-menu';
import { SearchForm } from './search-form';

export function Header() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900">
          <Logo className="h-8 w-8 text-brand-600" />
          o11y-shop
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4">
          <Link href="/products" className="text-sm font-medium text-slate-700 hover:text-brand-700">
            All products
          </Link>
          <CategoryMenu />
          <Link href="/lab" className="text-sm font-medium text-slate-700 hover:text-brand-700">
            Observability Lab
          </Link>
        </nav>
        <div className="w-full md:ml-auto md:w-auto md:max-w-md md:flex-1">
          <SearchForm />
        </div>
        <HeaderAccount />
      </div>
    </header>
  );
}
