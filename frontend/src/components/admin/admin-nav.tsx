'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Account } from '@/lib/identity-api';
import { signOut } from '@/lib/sign-in';
import { LINK_BUTTON } from '../forms/styles';

export const ADMIN_SECTIONS = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/products', label: 'Products' },
  { href: '/admin/products/new', label: 'New product' },
  { href: '/admin/stock', label: 'Stock' },
  { href: '/admin/categories', label: 'Categories' },
] as const;

/** The section a path belongs to: the one with the longest href that is the path or a folder of it. */
export function activeAdminSection(pathname: string): string | undefined {
  return ADMIN_SECTIONS.map((section) => section.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function AdminNav({ account }: { account: Account }) {
  const active = activeAdminSection(usePathname());
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 rounded-lg bg-slate-900 px-4 py-3 text-white">
      <nav aria-label="Admin" className="flex flex-wrap items-center gap-1">
        <span className="mr-3 text-sm font-semibold uppercase tracking-wide text-slate-300">Admin</span>
        {ADMIN_SECTIONS.map((section) => (
          <Link
            key={section.href}
            href={section.href}
            aria-current={section.href === active ? 'page' : undefined}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-700 aria-[current=page]:bg-white aria-[current=page]:text-slate-900"
          >
            {section.label}
          </Link>
        ))}
      </nav>
      <div className="flex items-center gap-4 text-sm">
        <span className="text-slate-300">{account.email}</span>
        <button type="button" onClick={signOut} className={`${LINK_BUTTON} text-white`}>
          Sign out
        </button>
      </div>
    </div>
  );
}
