'use client';

import Link from 'next/link';
import { formatPrice } from '@/lib/format';
import { productHref } from '@/lib/links';
import type { CartLineView } from '@/lib/use-cart';
import { QuantitySelect } from '../forms/quantity-select';
import { LINK_BUTTON } from '../forms/styles';

export function CartLineItem({
  line,
  busy,
  onQuantityChange,
  onRemove,
}: {
  line: CartLineView;
  busy: boolean;
  onQuantityChange: (quantity: number) => void;
  onRemove: () => void;
}) {
  return (
    <li data-testid="cart-line" className="flex gap-4 py-4">
      <div className="h-20 w-20 shrink-0 overflow-hidden rounded-md bg-slate-100 sm:h-24 sm:w-24">
        {line.imageUrl && <img src={line.imageUrl} alt={line.name} className="h-full w-full object-contain" />}
      </div>
      <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="font-medium text-slate-900">
            <Link href={productHref(line.productId)} className="hover:text-brand-700">
              {line.name}
            </Link>
          </h2>
          <p className="text-sm text-slate-600">
            <span className="sr-only">Unit price: </span>
            {formatPrice(line.unitPrice)} each
          </p>
        </div>
        <div className="flex items-center gap-4">
          <QuantitySelect
            label={`Quantity of ${line.name}`}
            value={line.quantity}
            onChange={onQuantityChange}
            disabled={busy}
          />
          <button
            type="button"
            onClick={onRemove}
            disabled={busy}
            className={LINK_BUTTON}
            aria-label={`Remove ${line.name}`}
          >
            Remove
          </button>
          <p data-testid="line-total" className="w-24 text-right font-semibold text-slate-900">
            {formatPrice(line.lineTotal)}
          </p>
        </div>
      </div>
    </li>
  );
}
