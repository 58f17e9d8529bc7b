import { MAX_QUANTITY } from '@/lib/guest-cart';

const QUANTITIES = Array.from({ length: MAX_QUANTITY }, (_, index) => index + 1);

/** 1–99, the quantities a cart line takes (api/order.yaml). */
export function QuantitySelect({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: number;
  onChange: (quantity: number) => void;
  disabled?: boolean;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(Number(event.target.value))}
      className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm disabled:bg-slate-100"
    >
      {QUANTITIES.map((quantity) => (
        <option key={quantity} value={quantity}>
          {quantity}
        </option>
      ))}
    </select>
  );
}
