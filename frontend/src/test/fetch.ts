import { vi } from 'vitest';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  /** Further members: `type`, `requestId`, `errors`, … */
  extra: Record<string, unknown> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces `fetch` with `answer`, which gets each request's URL (resolved against a dummy origin so
 * that its path and query can be read) and its options. Returns the mock to assert on the requests made.
 */
export function mockFetch(answer: (url: URL, init: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
    answer(new URL(String(input), 'http://shop.test'), init ?? {}),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs (path and query) that `fetchMock` was called with. */
export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Every request `fetchMock` was called with: method, URL, headers and the parsed JSON body. */
export function sentRequests(fetchMock: ReturnType<typeof mockFetch>): SentRequest[] {
  return fetchMock.mock.calls.map(([input, init]) => ({
    method: init?.method ?? 'GET',
    url: String(input),
    headers: (init?.headers ?? {}) as Record<string, string>,
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
  }));
}

/** The request for `method url`; fails the test when there was none. */
export function sentRequest(fetchMock: ReturnType<typeof mockFetch>, method: string, url: string): SentRequest {
  const found = sentRequests(fetchMock).find((request) => request.method === method && request.url === url);
  if (!found) {
    const sent = sentRequests(fetchMock).map((request) => `${request.method} ${request.url}`);
    throw new Error(`No ${method} ${url} among ${JSON.stringify(sent)}`);
  }
  return found;
}

/** Routes requests by `METHOD /path` (query left out); anything else fails the test with a 599. */
export function mockApi(routes: Record<string, (url: URL, init: RequestInit) => Response | Promise<Response>>) {
  return mockFetch((url, init) => {
    const route = routes[`${init.method ?? 'GET'} ${url.pathname}`];
    return route ? route(url, init) : problemResponse(599, `No route for ${init.method ?? 'GET'} ${url.pathname}`);
  });
}
