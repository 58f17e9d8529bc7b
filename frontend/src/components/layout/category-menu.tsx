'use client';

import Link from 'next/link';
import { type FocusEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { listCategories } from '@/lib/api';
import { categoryHref } from '@/lib/links';
import { useAsync } from '@/lib/use-async';

function CategoryMenuLinks({ onNavigate }: { onNavigate: () => void }) {
  const categories = useAsync(listCategories, 'categories');
  if (categories.status === 'loading') {
    return (
      <p aria-busy="true" className="px-4 py-2 text-sm text-slate-600">
        Loading…
      </p>
    );
  }
  if (categories.status === 'error') {
    return <p className="px-4 py-2 text-sm text-slate-600">Categories are unavailable right now.</p>;
  }
  return (
    <ul className="py-1">
      {categories.data.categories.map((category) => (
        <li key={category.id}>
          <Link
            href={categoryHref(category.slug)}
            onClick={onNavigate}
            className="block px-4 py-2 text-sm hover:bg-brand-50 focus-visible:bg-brand-50"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A disclosure (not an ARIA menu): plain links that Tab reaches; Escape or leaving it closes it. */
export function CategoryMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false);
    }
  }

  return (
    <div className="relative" onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((isOpen) => !isOpen)}
        className="flex items-center gap-1 rounded px-1 py-1 text-sm font-medium text-slate-700 hover:text-brand-700"
      >
        Categories
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute left-0 z-20 mt-2 w-56 rounded-md border border-slate-200 bg-white shadow-lg"
      >
        {open && <CategoryMenuLinks onNavigate={() => setOpen(false)} />}
      </div>
    </div>
  );
}
