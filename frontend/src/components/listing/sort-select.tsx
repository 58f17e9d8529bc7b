'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId } from 'react';
import { hrefWith, type SortOption } from '@/lib/listing';

export function SortSelect<S extends string>({ options, value }: { options: readonly SortOption<S>[]; value: S }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const selectId = useId();

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-sm text-slate-700">
        Sort by
      </label>
      <select
        id={selectId}
        value={value}
        // A new order starts again from the first page.
        onChange={(event) => router.push(hrefWith(pathname, searchParams, { sort: event.target.value, page: undefined }))}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
