import type { Session } from '@/lib/session';
import type { StockOverviewItem } from '@/lib/stock-admin-api';
import { anAccount, signInAs } from './session';

export const ADMIN_ID = '0a1b2c3d-0000-4000-8000-00000000ad01';

/** Starts a session of an account with the admin role. */
export function signInAsAdmin(): Session {
  return signInAs(
    anAccount({ id: ADMIN_ID, email: 'admin@o11y-shop.local', displayName: 'Admin', roles: ['customer', 'admin'] }),
  );
}

export function aStockItem(overrides: Partial<StockOverviewItem> = {}): StockOverviewItem {
  return { productId: 17, available: 40, reserved: 0, lowStockThreshold: 5, status: 'in_stock', ...overrides };
}
