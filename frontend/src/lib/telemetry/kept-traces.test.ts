import { describe, expect, it } from 'vitest';
import { otelTrace, xrayTrace } from '@/test/telemetry';
import { MAX_KEPT, findKeptTrace, forgetKeptTrace, getKeptTraces, keepTrace } from './kept-traces';

const KEY = 'o11y-shop.lab.kept-traces';

function aTrace(second: number) {
  const hex = (0x6b042abc + second).toString(16);
  return { ...xrayTrace, traceId: `1-${hex}-00edebe379fc0aa00f407ae0` };
}

describe('kept traces', () => {
  it('keeps a trace in localStorage with its modes, request, time and raw documents', () => {
    expect(keepTrace(xrayTrace, new Date('2026-11-23T12:00:05Z'))).toEqual({ kept: true });

    expect(getKeptTraces()).toEqual([
      {
        traceId: xrayTrace.traceId,
        keptAt: '2026-11-23T12:00:05.000Z',
        modes: ['xray'],
        label: 'GET /api/catalog/products/7',
        trace: xrayTrace,
      },
    ]);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '[]')[0].trace.segmentDocuments).toEqual(xrayTrace.segmentDocuments);
  });

  it('lists the most recently kept first, keeps a trace once, and forgets one on request', () => {
    keepTrace(xrayTrace);
    keepTrace(otelTrace);
    keepTrace(xrayTrace);

    expect(getKeptTraces().map((kept) => kept.traceId)).toEqual([xrayTrace.traceId, otelTrace.traceId]);
    expect(findKeptTrace(otelTrace.traceId)?.modes).toEqual(['otel']);

    forgetKeptTrace(xrayTrace.traceId);

    expect(getKeptTraces().map((kept) => kept.traceId)).toEqual([otelTrace.traceId]);
  });

  it('keeps a handful at most: the one kept longest ago makes room', () => {
    for (let second = 0; second < MAX_KEPT; second += 1) keepTrace(aTrace(second));

    const result = keepTrace(otelTrace);

    expect(result).toEqual({ kept: true, dropped: expect.objectContaining({ traceId: aTrace(0).traceId }) });
    expect(getKeptTraces()).toHaveLength(MAX_KEPT);
    expect(getKeptTraces()[0]?.traceId).toBe(otelTrace.traceId);
  });

  it('ignores what it cannot read instead of failing', () => {
    localStorage.setItem(KEY, '{not json');
    expect(getKeptTraces()).toEqual([]);

    localStorage.setItem(KEY, JSON.stringify([{ traceId: '../etc' }, 42]));
    expect(getKeptTraces()).toEqual([]);
  });

  it('says so when the browser refuses to store it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw quota;
    };
    try {
      expect(keepTrace(xrayTrace)).toEqual({ kept: false, reason: 'the browser’s storage for this site is full' });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(getKeptTraces()).toEqual([]);
  });
});
