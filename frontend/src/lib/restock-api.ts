/** The restock sign-up of the inventory API (api/inventory.yaml). */
import { requestJson } from './api';

export interface RestockSubscription {
  subscriptionId: number;
  productId: number;
  email: string;
  createdAt: string;
}

export function subscribeToRestock(
  accessToken: string,
  productId: number,
  email: string,
): Promise<RestockSubscription> {
  return requestJson(`/api/inventory/stock/${productId}/restock-subscriptions`, {
    method: 'POST',
    body: { email },
    accessToken,
  });
}
