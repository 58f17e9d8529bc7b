'use client';

import Link from 'next/link';
import { AddressBook } from '@/components/account/address-book';
import { ProfileSection } from '@/components/account/profile-section';
import { RequireSignIn } from '@/components/session/require-sign-in';

export function AccountView() {
  return (
    <RequireSignIn next="/account" title="to see your account">
      {(session) => (
        <div className="space-y-6">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h1 className="text-3xl font-bold text-slate-900">My account</h1>
            <Link href="/account/orders" className="font-medium text-brand-700 hover:underline">
              Order history
            </Link>
          </div>
          <ProfileSection session={session} />
          <AddressBook />
        </div>
      )}
    </RequireSignIn>
  );
}
