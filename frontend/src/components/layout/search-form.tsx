'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useRef, useState } from 'react';
import { MAX_QUERY_LENGTH, searchHref, searchQueryProblem } from '@/lib/search';

export function SearchForm() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const inputId = useId();
  const messageId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the input itself, not from state: text typed before hydration must count too.
    const query = inputRef.current?.value ?? '';
    const submittedProblem = searchQueryProblem(query);
    setProblem(submittedProblem);
    if (submittedProblem) {
      inputRef.current?.focus();
      return;
    }
    router.push(searchHref(query));
  }

  return (
    // `action` keeps the search working before the page's script has loaded.
    <form role="search" action="/search" onSubmit={handleSubmit} noValidate className="relative">
      <label htmlFor={inputId} className="sr-only">
        Search products
      </label>
      <div className="flex">
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          name="q"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search products…"
          autoComplete="off"
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? messageId : undefined}
          onInput={() => setProblem(undefined)}
          className="w-full min-w-0 rounded-l-md border border-r-0 border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600"
        />
        <button
          type="submit"
          className="rounded-r-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Search
        </button>
      </div>
      {problem && (
        <p id={messageId} role="alert" className="mt-1 text-sm text-red-700">
          {problem}
        </p>
      )}
    </form>
  );
}
