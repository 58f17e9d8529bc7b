'use client';

import { useState } from 'react';
import { deleteProduct } from '@/lib/catalog-admin-api';
import { authorized } from '@/lib/session';
import { ProblemAlert } from '../../feedback/problem-alert';
import { LINK_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../../forms/styles';

/** "Delete", then a confirmation, because the product leaves the shop at once. */
export function DeleteProductButton({
  productId,
  productName,
  onDeleted,
}: {
  productId: number;
  productName: string;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function handleDelete() {
    setDeleting(true);
    setFailure(undefined);
    try {
      await authorized((token) => deleteProduct(token, productId));
      onDeleted();
    } catch (error) {
      setFailure(error);
      setDeleting(false);
    }
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Delete ${productName}`}
        className={`${LINK_BUTTON} text-red-700`}
      >
        Delete
      </button>
    );
  }
  return (
    <div role="group" aria-label={`Delete ${productName}?`} className="space-y-2">
      <p className="text-sm text-slate-800">
        Delete {productName}? It disappears from the shop at once; past orders keep it.
      </p>
      <div className="flex gap-2">
        <button type="button" onClick={handleDelete} disabled={deleting} className={PRIMARY_BUTTON}>
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirming(false);
            setFailure(undefined);
          }}
          disabled={deleting}
          className={SECONDARY_BUTTON}
        >
          Keep
        </button>
      </div>
      {failure !== undefined && <ProblemAlert title="The product could not be deleted." error={failure} />}
    </div>
  );
}
