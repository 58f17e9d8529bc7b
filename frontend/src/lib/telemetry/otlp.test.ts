import { describe, expect, it } from 'vitest';
import { decodeAttributes, decodeValue, nanosToSeconds, severityOf, spanKindOf, statusCodeOf } from './otlp';

describe('OTLP JSON', () => {
  it('decodes every kind of AnyValue', () => {
    expect(
      decodeAttributes([
        { key: 's', value: { stringValue: 'GET' } },
        { key: 'i', value: { intValue: '200' } },
        { key: 'big', value: { intValue: '9223372036854775807' } },
        { key: 'd', value: { doubleValue: 0.25 } },
        { key: 'nan', value: { doubleValue: 'NaN' } },
        { key: 'b', value: { boolValue: false } },
        { key: 'a', value: { arrayValue: { values: [{ stringValue: 'product_id' }, { intValue: 7 }] } } },
        { key: 'kv', value: { kvlistValue: { values: [{ key: 'inner', value: { boolValue: true } }] } } },
        { key: 'bytes', value: { bytesValue: 'AAE=' } },
        { key: 'empty', value: {} },
      ]),
    ).toEqual({
      s: 'GET',
      i: 200,
      big: '9223372036854775807',
      d: 0.25,
      nan: NaN,
      b: false,
      a: ['product_id', 7],
      kv: { inner: true },
      bytes: 'AAE=',
      empty: null,
    });
    expect(decodeValue(undefined)).toBeNull();
  });

  it('reads span kinds and status codes as numbers or as names', () => {
    expect([undefined, 1, 2, '3', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER', 9].map(spanKindOf)).toEqual([
      'unspecified',
      'internal',
      'server',
      'client',
      'producer',
      'consumer',
      'unspecified',
    ]);
    expect([undefined, 0, 1, 2, 'STATUS_CODE_ERROR', 'STATUS_CODE_OK'].map(statusCodeOf)).toEqual([
      'unset',
      'unset',
      'ok',
      'error',
      'error',
      'ok',
    ]);
  });

  it('turns nanoseconds since the epoch into seconds without losing the milliseconds', () => {
    expect(nanosToSeconds('1795435280148250000')).toBeCloseTo(1795435280.14825, 6);
    expect(nanosToSeconds('1500')).toBeCloseTo(0.0000015, 12);
    expect(nanosToSeconds('0')).toBeUndefined();
    expect(nanosToSeconds(undefined)).toBeUndefined();
  });

  it('names a log record’s level by its text, or by its severity number', () => {
    expect(severityOf({ severityText: 'WARN', severityNumber: 13 })).toBe('WARN');
    expect(severityOf({ severityNumber: 17 })).toBe('ERROR');
    expect(severityOf({ severityNumber: 9 })).toBe('INFO');
    expect(severityOf({})).toBe('UNSPECIFIED');
  });
});
