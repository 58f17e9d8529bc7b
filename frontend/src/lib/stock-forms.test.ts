import { describe, expect, it } from 'vitest';
import {
  adjustmentProblems,
  parseWholeNumber,
  receiptProblems,
  thresholdProblem,
  toStockAdjustment,
  toStockReceipt,
} from './stock-forms';

describe('stock forms', () => {
  it('reads whole numbers with a sign or separators, and nothing else', () => {
    expect(parseWholeNumber(' 1,000 ')).toBe(1000);
    expect(parseWholeNumber('-3')).toBe(-3);
    expect(parseWholeNumber('+3')).toBe(3);
    for (const raw of ['', '1.5', '3 units', '1e3', '--3']) {
      expect(parseWholeNumber(raw), raw).toBeUndefined();
    }
  });

  it('receives 1 to 100,000 units, with a note only when there is one', () => {
    expect(receiptProblems({ quantity: '0', note: '' }).quantity).toBe('Enter the units received, 1 to 100,000.');
    expect(receiptProblems({ quantity: '100001', note: '' }).quantity).toBeDefined();
    expect(receiptProblems({ quantity: '100000', note: '' }).quantity).toBeUndefined();
    expect(receiptProblems({ quantity: '5', note: 'x'.repeat(501) }).note).toBe('Use at most 500 characters.');
    expect(toStockReceipt({ quantity: '12', note: '  ' })).toEqual({ quantity: 12 });
    expect(toStockReceipt({ quantity: '12', note: ' DN-4471 ' })).toEqual({ quantity: 12, note: 'DN-4471' });
  });

  it('adjusts by a change that is not 0, with a reason', () => {
    expect(adjustmentProblems({ delta: '0', reason: 'lost', note: '' }).delta).toBe('An adjustment of 0 changes nothing.');
    expect(adjustmentProblems({ delta: '-100001', reason: 'lost', note: '' }).delta).toMatch(/^Enter the units/);
    expect(adjustmentProblems({ delta: '-2', reason: '', note: '' })).toEqual({
      delta: undefined,
      reason: 'Choose a reason.',
      note: undefined,
    });
    expect(toStockAdjustment({ delta: '-2', reason: 'damaged', note: 'Dropped' })).toEqual({
      delta: -2,
      reason: 'damaged',
      note: 'Dropped',
    });
  });

  it('takes a threshold of 0 to 100,000', () => {
    expect(thresholdProblem('0')).toBeUndefined();
    expect(thresholdProblem('100000')).toBeUndefined();
    expect(thresholdProblem('-1')).toBe('Enter 0 to 100,000 units.');
    expect(thresholdProblem('')).toBe('Enter 0 to 100,000 units.');
  });
});
