export const CHECKOUT_STEPS = [
  { id: 'address', label: 'Shipping address' },
  { id: 'review', label: 'Review' },
  { id: 'payment', label: 'Payment' },
  { id: 'confirm', label: 'Confirm' },
] as const;

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]['id'];

export function CheckoutProgress({ current }: { current: CheckoutStep }) {
  const currentIndex = CHECKOUT_STEPS.findIndex((step) => step.id === current);
  return (
    <ol aria-label="Checkout steps" className="flex flex-wrap gap-2 text-sm">
      {CHECKOUT_STEPS.map((step, index) => (
        <li
          key={step.id}
          aria-current={index === currentIndex ? 'step' : undefined}
          className={`rounded-full px-3 py-1 ${
            index === currentIndex
              ? 'bg-brand-600 font-semibold text-white'
              : index < currentIndex
                ? 'bg-brand-50 text-brand-900'
                : 'bg-slate-100 text-slate-600'
          }`}
        >
          {index + 1}. {step.label}
        </li>
      ))}
    </ol>
  );
}
