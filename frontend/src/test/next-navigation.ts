/**
 * A stand-in for `next/navigation` in tests: `vi.mock('next/navigation', () => import('@/test/next-navigation'))`,
 * then `setUrl('/products?page=2')` before rendering.
 */
import { vi } from 'vitest';

let currentUrl = new URL('http://shop.test/');

export function setUrl(pathAndQuery: string): void {
  currentUrl = new URL(pathAndQuery, 'http://shop.test');
}

export const routerPush = vi.fn();

export function useRouter() {
  return { push: routerPush, replace: vi.fn(), back: vi.fn(), forward: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() };
}

export function usePathname(): string {
  return currentUrl.pathname;
}

export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(currentUrl.search);
}
