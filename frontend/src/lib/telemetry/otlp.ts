/**
 * OpenTelemetry spans and log records as the launcher hands them to the Lab: OTLP JSON, one document per
 * item, with the resource and the scope it was exported under (launcher/…/telemetry/OtlpDocuments.java).
 * OTLP JSON is the protobuf JSON mapping with two twists: trace and span IDs are hex, not base64, and
 * enums are numbers (a sender may also write their names, which is read too). 64-bit integers —
 * timestamps, `intValue` — are strings. Fields left at their default (kind 0, status unset, an empty
 * parent) are absent.
 */

/** An attribute value: exactly one of these is set; `{}` is an empty value. */
export interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number | string;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
  bytesValue?: string;
}

export interface KeyValue {
  key: string;
  value?: AnyValue;
}

export interface OtlpResource {
  attributes?: KeyValue[];
}

export interface OtlpScope {
  name?: string;
  version?: string;
  attributes?: KeyValue[];
}

export interface OtlpEvent {
  name?: string;
  timeUnixNano?: string | number;
  attributes?: KeyValue[];
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  traceState?: string;
  name: string;
  kind?: number | string;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: KeyValue[];
  events?: OtlpEvent[];
  links?: unknown[];
  status?: { code?: number | string; message?: string };
  flags?: number;
}

/** One span as the launcher keeps it: `{"source":"otlp","resource":…,"scope":…,"span":…}`. */
export interface OtlpSpanDocument {
  source?: 'otlp';
  resource?: OtlpResource;
  scope?: OtlpScope;
  span: OtlpSpan;
}

export interface OtlpLogRecord {
  timeUnixNano?: string | number;
  observedTimeUnixNano?: string | number;
  severityNumber?: number | string;
  severityText?: string;
  body?: AnyValue;
  attributes?: KeyValue[];
  traceId?: string;
  spanId?: string;
}

/** One log record as the launcher keeps it; one with a trace ID joins that trace's log lines too. */
export interface OtlpLogDocument {
  source?: 'otlp';
  resource?: OtlpResource;
  scope?: OtlpScope;
  logRecord: OtlpLogRecord;
}

export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };

/** The plain value of an AnyValue: a 64-bit integer becomes a number while it fits, else stays a string. */
export function decodeValue(value: AnyValue | undefined): AttributeValue {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const number = Number(value.intValue);
    return Number.isSafeInteger(number) ? number : String(value.intValue);
  }
  if (value.doubleValue !== undefined) {
    // the JSON mapping writes NaN and the infinities as strings
    return typeof value.doubleValue === 'number' ? value.doubleValue : Number(value.doubleValue);
  }
  if (value.arrayValue !== undefined) return (value.arrayValue.values ?? []).map(decodeValue);
  if (value.kvlistValue !== undefined) return decodeAttributes(value.kvlistValue.values);
  if (value.bytesValue !== undefined) return value.bytesValue;
  return null;
}

/** Attributes as a plain object, in the order they came. */
export function decodeAttributes(attributes: KeyValue[] | undefined): Record<string, AttributeValue> {
  const decoded: Record<string, AttributeValue> = {};
  for (const attribute of attributes ?? []) {
    decoded[attribute.key] = decodeValue(attribute.value);
  }
  return decoded;
}

export type SpanKind = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';

const SPAN_KINDS: SpanKind[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

/** `2`, `"2"` or `"SPAN_KIND_SERVER"` → `server`; an absent kind is the default, unspecified. */
export function spanKindOf(kind: number | string | undefined): SpanKind {
  if (kind === undefined) return 'unspecified';
  if (typeof kind === 'number' || /^\d+$/.test(kind)) return SPAN_KINDS[Number(kind)] ?? 'unspecified';
  const name = kind.replace(/^SPAN_KIND_/, '').toLowerCase();
  return (SPAN_KINDS as string[]).includes(name) ? (name as SpanKind) : 'unspecified';
}

export type StatusCode = 'unset' | 'ok' | 'error';

/** `2`, `"STATUS_CODE_ERROR"` → `error`; an absent code is unset. */
export function statusCodeOf(code: number | string | undefined): StatusCode {
  if (code === undefined) return 'unset';
  if (code === 1 || code === '1' || code === 'STATUS_CODE_OK') return 'ok';
  if (code === 2 || code === '2' || code === 'STATUS_CODE_ERROR') return 'error';
  return 'unset';
}

/**
 * Nanoseconds since the epoch (a decimal string, as 64-bit integers are in JSON) as seconds. A double
 * cannot hold 19 digits, so the seconds and the fraction are read apart; `0` or none is no time.
 */
export function nanosToSeconds(nanos: string | number | undefined): number | undefined {
  if (nanos === undefined || nanos === '' || Number(nanos) === 0) return undefined;
  if (typeof nanos === 'number') return nanos / 1e9;
  if (!/^\d+$/.test(nanos)) return undefined;
  const digits = nanos.padStart(10, '0');
  return Number(digits.slice(0, -9)) + Number(digits.slice(-9)) / 1e9;
}

/** The resource's `service.name`, the one attribute every OTel SDK sets. */
export function serviceNameOf(resource: OtlpResource | undefined): string | undefined {
  const name = decodeAttributes(resource?.attributes)['service.name'];
  return typeof name === 'string' ? name : undefined;
}

export function isOtlpLogDocument(value: unknown): value is OtlpLogDocument {
  return typeof value === 'object' && value !== null && 'logRecord' in value;
}

const SEVERITIES = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

/** A log record's level: its severity text, else the name of its severity number's range (1–4 TRACE, …). */
export function severityOf(record: OtlpLogRecord): string {
  if (record.severityText) return record.severityText;
  const number = Number(record.severityNumber ?? 0);
  return number >= 1 ? (SEVERITIES[Math.min(Math.floor((number - 1) / 4), 5)] ?? 'INFO') : 'UNSPECIFIED';
}
