'use client';

import { useState } from 'react';
import { formatAddress } from '@/lib/address';
import { type Address, type AddressInput, createAddress, listAddresses } from '@/lib/identity-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { AddressForm } from '../address/address-form';
import { ErrorState } from '../feedback/error-state';
import { LoadingMessage } from '../feedback/loading';
import { PRIMARY_BUTTON } from '../forms/styles';

const NEW_ADDRESS = 'new';

/** Step 1: pick a saved address, or enter a new one, which is saved to the address book. */
export function AddressStep({ chosenId, onChosen }: { chosenId?: string; onChosen: (address: Address) => void }) {
  const addresses = useAsync((signal) => authorized((token) => listAddresses(token, signal)), 'checkout-addresses');
  const [selected, setSelected] = useState<string>();

  if (addresses.status === 'loading') {
    return <LoadingMessage label="Loading your addresses…" />;
  }
  if (addresses.status === 'error') {
    return <ErrorState title="Your addresses could not be loaded." error={addresses.error} onRetry={addresses.retry} />;
  }

  const saved = addresses.data;
  const choice =
    selected ?? (saved.some((address) => address.id === chosenId) ? chosenId : saved[0]?.id) ?? NEW_ADDRESS;
  const chosen = saved.find((address) => address.id === choice);

  async function saveNewAddress(input: AddressInput) {
    const created = await authorized((token) => createAddress(token, input));
    onChosen(created);
  }

  return (
    <section aria-labelledby="address-step-heading">
      <h2 id="address-step-heading" className="text-xl font-semibold text-slate-900">
        Where should we send it?
      </h2>
      {saved.length > 0 && (
        <fieldset className="mt-4 space-y-2">
          <legend className="sr-only">Shipping address</legend>
          {saved.map((address) => (
            <label
              key={address.id}
              className="flex gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600"
            >
              <input
                type="radio"
                name="shipping-address"
                value={address.id}
                checked={choice === address.id}
                onChange={() => setSelected(address.id)}
              />
              <span>
                <span className="block font-medium">{address.name}</span>
                <span className="block text-sm text-slate-600">{formatAddress(address)}</span>
              </span>
            </label>
          ))}
          <label className="flex gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600">
            <input
              type="radio"
              name="shipping-address"
              value={NEW_ADDRESS}
              checked={choice === NEW_ADDRESS}
              onChange={() => setSelected(NEW_ADDRESS)}
            />
            <span className="font-medium">A new address</span>
          </label>
        </fieldset>
      )}
      <div className="mt-6">
        {chosen ? (
          <button type="button" onClick={() => onChosen(chosen)} className={PRIMARY_BUTTON}>
            Use this address
          </button>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-600">The new address is saved to your address book.</p>
            <AddressForm submitLabel="Save and use this address" onSave={saveNewAddress} />
          </>
        )}
      </div>
    </section>
  );
}
