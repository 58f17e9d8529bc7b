/** The restock sign-up of the inventory API (api/inventory.yaml). */
import { requestJson } from './api';

export interface RestockSubscription {
  subscriptionId: number;
  productId: number;
  email: string;
  createdAt: string;
}

/**
 * Signs the signed-in shopper up. There is no body: the inventory service writes to the e-mail address
 * in the access token, never to one the page names.
 */
export function subscribeToRestock(accessToken: string, productId: number): Promise<RestockSubscription> {
  return requestJson(`/api/inventory/stock/${productId}/restock-subscriptions`, {
    method: 'POST',
    accessToken,
  });
}
