import type { ReactNode } from 'react';
import { formatAddress } from '@/lib/address';
import type { Address } from '@/lib/identity-api';
import type { Cart } from '@/lib/order-api';
import { OrderLines } from '../cart/order-lines';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';

/** Step 4: everything the order will be, and the one button that places it. */
export function ConfirmStep({
  address,
  cart,
  cardLast4,
  placing,
  failure,
  onBack,
  onPlace,
}: {
  address: Address;
  cart: Cart;
  cardLast4: string;
  placing: boolean;
  failure?: ReactNode;
  onBack: () => void;
  onPlace: () => void;
}) {
  return (
    <section aria-labelledby="confirm-step-heading" className="space-y-6">
      <h2 id="confirm-step-heading" className="text-xl font-semibold text-slate-900">
        Confirm your order
      </h2>
      <OrderLines lines={cart.items} total={cart.total} caption="Products in your order" />
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-900">Ship to</dt>
          <dd className="text-slate-700">
            {address.name}, {formatAddress(address)}, {address.phone}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Pay with</dt>
          <dd className="text-slate-700">Card ending in {cardLast4}</dd>
        </div>
      </dl>
      {failure}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onBack} disabled={placing} className={SECONDARY_BUTTON}>
          Back to payment
        </button>
        <button type="button" onClick={onPlace} disabled={placing} aria-busy={placing} className={PRIMARY_BUTTON}>
          {placing ? 'Placing your order…' : 'Place order'}
        </button>
      </div>
    </section>
  );
}
