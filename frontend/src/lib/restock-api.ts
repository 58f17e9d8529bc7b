/** The restock sign-up of the inventory API (api/inventory.yaml). */
import { requestJson } from './api';
import type { components } from './api-types/inventory';

export type RestockSubscription = components['schemas']['RestockSubscription'];

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
