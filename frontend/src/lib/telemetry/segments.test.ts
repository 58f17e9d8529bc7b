import { describe, expect, it } from 'vitest';
import { type SegmentDocument, outcomeOf, pathOf } from './segments';

const segment: SegmentDocument = { name: 'catalog', id: '70de5b6f19ff9a0a', start_time: 100.0, end_time: 100.25 };

describe('outcomeOf', () => {
  it('reads the worst of the flags a segment carries', () => {
    expect(outcomeOf(segment)).toBe('ok');
    expect(outcomeOf({ ...segment, error: true })).toBe('error');
    expect(outcomeOf({ ...segment, error: true, throttle: true })).toBe('throttle');
    expect(outcomeOf({ ...segment, error: true, throttle: true, fault: true })).toBe('fault');
  });
});

describe('pathOf', () => {
  it('keeps the path and query of a URL', () => {
    expect(pathOf('http://localhost:8080/api/catalog/products/search?q=tea')).toBe('/api/catalog/products/search?q=tea');
    expect(pathOf('/relative')).toBe('/relative');
  });
});
