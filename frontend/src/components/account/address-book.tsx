'use client';

import { useState } from 'react';
import { formatAddress, toAddressDraft } from '@/lib/address';
import {
  type Address,
  type AddressInput,
  createAddress,
  deleteAddress,
  listAddresses,
  replaceAddress,
} from '@/lib/identity-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { AddressForm } from '../address/address-form';
import { ErrorState } from '../feedback/error-state';
import { LoadingMessage } from '../feedback/loading';
import { ProblemAlert } from '../feedback/problem-alert';
import { EditOrDelete } from '../forms/confirm-delete';
import { SECONDARY_BUTTON } from '../forms/styles';

/** The identity service keeps at most 20 addresses per shopper. */
const ADDRESS_LIMIT = 20;

type Editing =
  { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; id: string } | { mode: 'confirm-delete'; id: string };

export function AddressBook() {
  const addresses = useAsync((signal) => authorized((token) => listAddresses(token, signal)), 'address-book');
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function afterSave(save: () => Promise<Address>) {
    await save();
    setEditing({ mode: 'none' });
    addresses.retry();
  }

  async function handleDelete(id: string) {
    setDeleting(true);
    setFailure(undefined);
    try {
      await authorized((token) => deleteAddress(token, id));
      setEditing({ mode: 'none' });
      addresses.retry();
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(false);
    }
  }

  function content() {
    if (addresses.status === 'loading') {
      return <LoadingMessage label="Loading your addresses…" />;
    }
    if (addresses.status === 'error') {
      return (
        <ErrorState title="Your addresses could not be loaded." error={addresses.error} onRetry={addresses.retry} />
      );
    }
    const saved = addresses.data;
    return (
      <>
        {saved.length === 0 && editing.mode !== 'add' && (
          <p className="text-sm text-slate-600">You have no saved addresses yet.</p>
        )}
        <ul className="space-y-3">
          {saved.map((address) => (
            <li key={address.id} data-testid="address" className="rounded-md border border-slate-200 p-4">
              {editing.mode === 'edit' && editing.id === address.id ? (
                <AddressForm
                  initial={toAddressDraft(address)}
                  submitLabel="Save address"
                  onSave={(input: AddressInput) =>
                    afterSave(() => authorized((token) => replaceAddress(token, address.id, input)))
                  }
                  onCancel={() => setEditing({ mode: 'none' })}
                />
              ) : (
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="text-sm">
                    <p className="font-medium text-slate-900">{address.name}</p>
                    <p className="text-slate-700">{formatAddress(address)}</p>
                    <p className="text-slate-700">{address.phone}</p>
                  </div>
                  <EditOrDelete
                    subject={`the address of ${address.name}`}
                    question="Delete this address?"
                    confirming={editing.mode === 'confirm-delete' && editing.id === address.id}
                    deleting={deleting}
                    onEdit={() => setEditing({ mode: 'edit', id: address.id })}
                    onAskToDelete={() => {
                      setFailure(undefined);
                      setEditing({ mode: 'confirm-delete', id: address.id });
                    }}
                    onDelete={() => handleDelete(address.id)}
                    onKeep={() => setEditing({ mode: 'none' })}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
        {failure !== undefined && <ProblemAlert title="The address could not be deleted." error={failure} />}
        {editing.mode === 'add' ? (
          <div className="rounded-md border border-slate-200 p-4">
            <h3 className="mb-4 font-medium text-slate-900">New address</h3>
            <AddressForm
              submitLabel="Save address"
              onSave={(input) => afterSave(() => authorized((token) => createAddress(token, input)))}
              onCancel={() => setEditing({ mode: 'none' })}
            />
          </div>
        ) : (
          saved.length < ADDRESS_LIMIT && (
            <button type="button" onClick={() => setEditing({ mode: 'add' })} className={SECONDARY_BUTTON}>
              Add an address
            </button>
          )
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="addresses-heading" className="space-y-4 rounded-lg border border-slate-200 p-6">
      <h2 id="addresses-heading" className="text-xl font-semibold text-slate-900">
        Address book
      </h2>
      {content()}
    </section>
  );
}
