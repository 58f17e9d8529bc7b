/**
 * The admin's stock forms — receive, adjust, low-stock threshold — checked as api/inventory.yaml
 * checks them, so that a typo is caught before the round trip.
 */
import type { AdjustmentReason, StockAdjustment, StockReceipt } from './stock-admin-api';
import { type FieldErrors, optionalTextProblem } from './validation';

const MAX_UNITS = 100_000;
const NOTE_MAX_LENGTH = 500;

/** A whole number as typed (`12`, `-3`, `1,000`), or undefined when it is not one. */
export function parseWholeNumber(raw: string): number | undefined {
  const compact = raw.trim().replace(/,/g, '');
  return /^[-+]?\d{1,9}$/.test(compact) ? Number(compact) : undefined;
}

function noteProblem(note: string): string | undefined {
  return optionalTextProblem(note, NOTE_MAX_LENGTH);
}

function optionalNote(note: string): { note?: string } {
  const trimmed = note.trim();
  return trimmed ? { note: trimmed } : {};
}

export interface ReceiptDraft {
  quantity: string;
  note: string;
}

export function receiptProblems(draft: ReceiptDraft): FieldErrors<'quantity' | 'note'> {
  const quantity = parseWholeNumber(draft.quantity);
  return {
    quantity:
      quantity === undefined || quantity < 1 || quantity > MAX_UNITS
        ? `Enter the units received, 1 to ${MAX_UNITS.toLocaleString('en')}.`
        : undefined,
    note: noteProblem(draft.note),
  };
}

export function toStockReceipt(draft: ReceiptDraft): StockReceipt {
  return { quantity: Number(parseWholeNumber(draft.quantity)), ...optionalNote(draft.note) };
}

export interface AdjustmentDraft {
  delta: string;
  /** Empty while none is chosen. */
  reason: AdjustmentReason | '';
  note: string;
}

export function adjustmentProblems(draft: AdjustmentDraft): FieldErrors<'delta' | 'reason' | 'note'> {
  const delta = parseWholeNumber(draft.delta);
  let deltaProblem: string | undefined;
  if (delta === undefined || Math.abs(delta) > MAX_UNITS) {
    deltaProblem = 'Enter the units to add (like 5) or to take away (like -5).';
  } else if (delta === 0) {
    deltaProblem = 'An adjustment of 0 changes nothing.';
  }
  return {
    delta: deltaProblem,
    reason: draft.reason ? undefined : 'Choose a reason.',
    note: noteProblem(draft.note),
  };
}

/** Only for a draft that `adjustmentProblems` passed. */
export function toStockAdjustment(draft: AdjustmentDraft): StockAdjustment {
  return {
    delta: Number(parseWholeNumber(draft.delta)),
    reason: draft.reason as AdjustmentReason,
    ...optionalNote(draft.note),
  };
}

export function thresholdProblem(raw: string): string | undefined {
  const threshold = parseWholeNumber(raw);
  return threshold === undefined || threshold < 0 || threshold > MAX_UNITS
    ? `Enter 0 to ${MAX_UNITS.toLocaleString('en')} units.`
    : undefined;
}

export const REASON_LABELS: Record<AdjustmentReason, string> = {
  damaged: 'Damaged',
  lost: 'Lost',
  found: 'Found',
  correction: 'Count correction',
  returned: 'Returned by a customer',
};
