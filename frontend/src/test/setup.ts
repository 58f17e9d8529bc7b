import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { clearGuestCart } from '@/lib/guest-cart';
import { forgetServerCart } from '@/lib/server-cart';
import { endSession } from '@/lib/session';

afterEach(() => {
  cleanup();
  // The session and the carts live in module-level stores: each test starts signed out with empty carts.
  endSession();
  clearGuestCart();
  forgetServerCart();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});
