import { parseTraceId } from './lab-api';

/**
 * Where the compare page's two sides come from, as its query string says: `kept:<trace ID>` for a trace
 * kept in this browser, `<trace ID>` for one the launcher caught. The page is a static export: the
 * query string, not a path parameter, carries them.
 */
export type TraceSource = { from: 'kept'; traceId: string } | { from: 'launcher'; traceId: string };

export function parseSource(value: string | null | undefined): TraceSource | undefined {
  if (!value) return undefined;
  if (value.startsWith('kept:')) {
    const traceId = parseTraceId(value.slice('kept:'.length));
    return traceId ? { from: 'kept', traceId } : undefined;
  }
  const traceId = parseTraceId(value.startsWith('launcher:') ? value.slice('launcher:'.length) : value);
  return traceId ? { from: 'launcher', traceId } : undefined;
}

export function sourceValue(source: TraceSource): string {
  return source.from === 'kept' ? `kept:${source.traceId}` : source.traceId;
}

export function compareHref(sides: { left?: string; right?: string }): string {
  const query = new URLSearchParams();
  if (sides.left) query.set('left', sides.left);
  if (sides.right) query.set('right', sides.right);
  const text = query.toString();
  return text ? `/lab/compare?${text}` : '/lab/compare';
}
