'use client';

import { type FormEvent, useState } from 'react';
import { type CardDraft, type CardField, EMPTY_CARD, cardLast4, cardProblems } from '@/lib/card';
import { type FieldErrors, hasErrors } from '@/lib/validation';
import { TextField } from '../forms/field';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../forms/styles';

/** Step 3: the mock card form. Only the last four digits leave this step. */
export function PaymentStep({ onBack, onContinue }: { onBack: () => void; onContinue: (cardLast4: string) => void }) {
  const [card, setCard] = useState<CardDraft>(EMPTY_CARD);
  const [errors, setErrors] = useState<FieldErrors<CardField>>({});

  function field(name: CardField) {
    return {
      value: card[name],
      onValueChange: (value: string) => setCard((current) => ({ ...current, [name]: value })),
      error: errors[name],
    };
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = cardProblems(card);
    setErrors(found);
    if (!hasErrors(found)) {
      onContinue(cardLast4(card));
    }
  }

  return (
    <section aria-labelledby="payment-step-heading">
      <h2 id="payment-step-heading" className="text-xl font-semibold text-slate-900">
        Payment
      </h2>
      <p className="mt-2 text-sm text-slate-600">
        This is a mock payment: no card is charged and only the last four digits are sent. Try 4242 4242 4242 4242; a
        card ending in 0002, such as 4000 0000 0000 0002, is always declined.
      </p>
      <form onSubmit={handleSubmit} noValidate aria-label="Card" className="mt-4 max-w-md space-y-4">
        <TextField
          label="Card number"
          inputMode="numeric"
          autoComplete="cc-number"
          maxLength={23}
          {...field('number')}
        />
        <TextField label="Name on card" autoComplete="cc-name" maxLength={100} {...field('holder')} />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            label="Expiry (MM/YY)"
            autoComplete="cc-exp"
            placeholder="MM/YY"
            maxLength={7}
            {...field('expiry')}
          />
          <TextField label="Security code" inputMode="numeric" autoComplete="cc-csc" maxLength={4} {...field('cvc')} />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={onBack} className={SECONDARY_BUTTON}>
            Back to review
          </button>
          <button type="submit" className={PRIMARY_BUTTON}>
            Continue to confirm
          </button>
        </div>
      </form>
    </section>
  );
}
