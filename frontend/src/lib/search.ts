// The API's limit for `q`.
export const MAX_QUERY_LENGTH = 100;

/** Why `query` cannot be searched for, or undefined when it can. */
export function searchQueryProblem(query: string): string | undefined {
  const trimmed = query.trim();
  if (!trimmed) {
    return 'Enter a word to search for.';
  }
  if (trimmed.length > MAX_QUERY_LENGTH) {
    return `Use at most ${MAX_QUERY_LENGTH} characters.`;
  }
  return undefined;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query.trim())}`;
}
