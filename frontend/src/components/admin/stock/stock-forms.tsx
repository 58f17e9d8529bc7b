'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '@/lib/api';
import { authorized } from '@/lib/session';
import {
  ADJUSTMENT_REASONS,
  adjustStock,
  receiveStock,
  setLowStockThreshold,
  type StockLevel,
} from '@/lib/stock-admin-api';
import {
  type AdjustmentDraft,
  adjustmentProblems,
  parseWholeNumber,
  REASON_LABELS,
  type ReceiptDraft,
  receiptProblems,
  thresholdProblem,
  toStockAdjustment,
  toStockReceipt,
} from '@/lib/stock-forms';
import { type FieldErrors, hasErrors, serverFieldErrors } from '@/lib/validation';
import { ProblemAlert } from '../../feedback/problem-alert';
import { SelectField, TextField } from '../../forms/field';
import { PRIMARY_BUTTON } from '../../forms/styles';

/** What every stock form shares: checking, sending, the field errors of either side, the outcome. */
function useStockForm<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [sending, setSending] = useState(false);

  async function submit(found: FieldErrors<F>, send: () => Promise<string>): Promise<boolean> {
    setErrors(found);
    setFailure(undefined);
    setDone(undefined);
    if (hasErrors(found)) {
      return false;
    }
    setSending(true);
    try {
      setDone(await send());
      return true;
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(serverFieldErrors(error.fieldErrors, fields));
      }
      setFailure(error);
      return false;
    } finally {
      setSending(false);
    }
  }

  return { errors, failure, done, sending, submit };
}

function StockFormFrame({
  title,
  label,
  onSubmit,
  failureTitle,
  state,
  children,
}: {
  title: string;
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  failureTitle: string;
  state: { failure: unknown; done?: string; sending: boolean };
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
      {state.failure !== undefined && <ProblemAlert title={failureTitle} error={state.failure} />}
      {state.done && (
        <p role="status" className="text-sm text-green-800">
          {state.done}
        </p>
      )}
      <button type="submit" disabled={state.sending} className={PRIMARY_BUTTON}>
        {state.sending ? 'Saving…' : label}
      </button>
    </form>
  );
}

function units(count: number): string {
  return count === 1 ? '1 unit' : `${count.toLocaleString('en')} units`;
}

const EMPTY_RECEIPT: ReceiptDraft = { quantity: '', note: '' };

export function ReceiveStockForm({ productId, onChanged }: { productId: number; onChanged: (stock: StockLevel) => void }) {
  const [draft, setDraft] = useState(EMPTY_RECEIPT);
  const form = useStockForm(['quantity', 'note'] as const);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await form.submit(receiptProblems(draft), async () => {
      const receipt = toStockReceipt(draft);
      const change = await authorized((token) => receiveStock(token, productId, receipt));
      onChanged(change.stock);
      return `Received ${units(receipt.quantity)}; ${units(change.stock.available)} available now.`;
    });
    if (sent) {
      setDraft(EMPTY_RECEIPT);
    }
  }

  return (
    <StockFormFrame
      title="Receive stock"
      label="Receive"
      onSubmit={handleSubmit}
      failureTitle="The stock could not be received."
      state={form}
    >
      <TextField
        label="Units received"
        inputMode="numeric"
        value={draft.quantity}
        onValueChange={(quantity) => setDraft((current) => ({ ...current, quantity }))}
        error={form.errors.quantity}
      />
      <TextField
        label="Note (optional)"
        hint="A delivery note number, for example."
        maxLength={500}
        value={draft.note}
        onValueChange={(note) => setDraft((current) => ({ ...current, note }))}
        error={form.errors.note}
      />
    </StockFormFrame>
  );
}

const EMPTY_ADJUSTMENT: AdjustmentDraft = { delta: '', reason: '', note: '' };

function adjustmentFailureTitle(error: unknown): string {
  return error instanceof ApiError && error.isProblem('stock-below-zero')
    ? 'Stock cannot go below zero.'
    : 'The stock could not be adjusted.';
}

export function AdjustStockForm({ productId, onChanged }: { productId: number; onChanged: (stock: StockLevel) => void }) {
  const [draft, setDraft] = useState(EMPTY_ADJUSTMENT);
  const form = useStockForm(['delta', 'reason', 'note'] as const);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await form.submit(adjustmentProblems(draft), async () => {
      const adjustment = toStockAdjustment(draft);
      const change = await authorized((token) => adjustStock(token, productId, adjustment));
      onChanged(change.stock);
      const verb = adjustment.delta > 0 ? 'Added' : 'Took away';
      return `${verb} ${units(Math.abs(adjustment.delta))}; ${units(change.stock.available)} available now.`;
    });
    if (sent) {
      setDraft(EMPTY_ADJUSTMENT);
    }
  }

  return (
    <StockFormFrame
      title="Adjust stock"
      label="Adjust"
      onSubmit={handleSubmit}
      failureTitle={adjustmentFailureTitle(form.failure)}
      state={form}
    >
      <TextField
        label="Change in units"
        hint="Positive to add, negative to take away: -2 for two damaged units."
        inputMode="numeric"
        value={draft.delta}
        onValueChange={(delta) => setDraft((current) => ({ ...current, delta }))}
        error={form.errors.delta}
      />
      <SelectField
        label="Reason"
        value={draft.reason}
        onValueChange={(reason) =>
          setDraft((current) => ({ ...current, reason: reason as AdjustmentDraft['reason'] }))
        }
        error={form.errors.reason}
      >
        <option value="">Choose…</option>
        {ADJUSTMENT_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {REASON_LABELS[reason]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Note (optional)"
        maxLength={500}
        value={draft.note}
        onValueChange={(note) => setDraft((current) => ({ ...current, note }))}
        error={form.errors.note}
      />
    </StockFormFrame>
  );
}

export function ThresholdForm({
  productId,
  current,
  onChanged,
}: {
  productId: number;
  current: number;
  onChanged: (stock: StockLevel) => void;
}) {
  const [threshold, setThreshold] = useState(String(current));
  const form = useStockForm(['lowStockThreshold'] as const);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit({ lowStockThreshold: thresholdProblem(threshold) }, async () => {
      const stock = await authorized((token) =>
        setLowStockThreshold(token, productId, Number(parseWholeNumber(threshold))),
      );
      onChanged(stock);
      return `Low stock from ${units(stock.lowStockThreshold)} or fewer.`;
    });
  }

  return (
    <StockFormFrame
      title="Low-stock threshold"
      label="Save threshold"
      onSubmit={handleSubmit}
      failureTitle="The threshold could not be changed."
      state={form}
    >
      <TextField
        label="Low stock at or below"
        hint="The shop shows “low stock” from this many available units down; 0 turns it off."
        inputMode="numeric"
        value={threshold}
        onValueChange={setThreshold}
        error={form.errors.lowStockThreshold}
      />
    </StockFormFrame>
  );
}
