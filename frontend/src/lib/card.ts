import type { FieldErrors } from './validation';

/**
 * The mock payment's card form. The card number is checked here and then dropped: only its last four
 * digits are ever sent (api/order.yaml, PaymentDetails), as a real shop hands the number to a payment
 * provider and never to its own servers.
 */

export type CardField = 'number' | 'holder' | 'expiry' | 'cvc';
export type CardDraft = Record<CardField, string>;

export const EMPTY_CARD: CardDraft = { number: '', holder: '', expiry: '', cvc: '' };

export function cardDigits(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** The Luhn checksum that every real card number passes; it catches most typing mistakes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function expiryProblem(expiry: string, now: Date): string | undefined {
  const match = /^(\d{2})\s*\/\s*(\d{2})$/.exec(expiry.trim());
  const month = Number(match?.[1]);
  if (!match || month < 1 || month > 12) {
    return 'Enter the expiry date as MM/YY.';
  }
  const year = 2000 + Number(match[2]);
  const endOfMonth = new Date(year, month, 1);
  return endOfMonth > now ? undefined : 'This card has expired.';
}

export function cardProblems(card: CardDraft, now = new Date()): FieldErrors<CardField> {
  const digits = cardDigits(card.number);
  return {
    number: /^\d{12,19}$/.test(digits) && passesLuhn(digits) ? undefined : 'Enter a valid card number.',
    holder: card.holder.trim() ? undefined : 'Enter the name on the card.',
    expiry: expiryProblem(card.expiry, now),
    cvc: /^\d{3,4}$/.test(card.cvc.trim()) ? undefined : 'Enter the 3 or 4 digits on the back of the card.',
  };
}

export function cardLast4(card: CardDraft): string {
  return cardDigits(card.number).slice(-4);
}
