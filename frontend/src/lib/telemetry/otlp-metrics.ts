/**
 * OpenTelemetry metrics as the launcher hands them to the Lab (mode `otel`): one OTLP JSON document per
 * metric, with the resource and scope it was exported under (launcher/…/telemetry/OtlpDocuments.java).
 * A metric holds exactly one of `sum`, `gauge`, `histogram`, `exponentialHistogram` or `summary`, each
 * with its data points. In OTLP JSON 64-bit integers (`asInt`, `count`, `zeroCount`, bucket counts,
 * timestamps) are strings, a double may be `"NaN"` or `"Infinity"`, enums are numbers, and fields left at
 * their default (`isMonotonic` false, `scale` 0, `count` 0) are absent.
 */
import { type AttributeValue, type KeyValue, type OtlpResource, type OtlpScope, decodeAttributes, serviceNameOf } from './otlp';

type Int64 = string | number;
type Double = number | string;

interface PointBase {
  attributes?: KeyValue[];
  startTimeUnixNano?: Int64;
  timeUnixNano?: Int64;
  exemplars?: unknown[];
  flags?: number;
}

export interface NumberDataPoint extends PointBase {
  asDouble?: Double;
  asInt?: Int64;
}

export interface HistogramDataPoint extends PointBase {
  count?: Int64;
  sum?: Double;
  bucketCounts?: Int64[];
  explicitBounds?: Double[];
  min?: Double;
  max?: Double;
}

export interface ExponentialHistogramDataPoint extends PointBase {
  count?: Int64;
  sum?: Double;
  scale?: number;
  zeroCount?: Int64;
  positive?: { offset?: number; bucketCounts?: Int64[] };
  negative?: { offset?: number; bucketCounts?: Int64[] };
  min?: Double;
  max?: Double;
  zeroThreshold?: Double;
}

export interface SummaryDataPoint extends PointBase {
  count?: Int64;
  sum?: Double;
  quantileValues?: { quantile?: Double; value?: Double }[];
}

type Temporality = number | string;

export interface OtlpMetric {
  name: string;
  description?: string;
  unit?: string;
  sum?: { dataPoints?: NumberDataPoint[]; aggregationTemporality?: Temporality; isMonotonic?: boolean };
  gauge?: { dataPoints?: NumberDataPoint[] };
  histogram?: { dataPoints?: HistogramDataPoint[]; aggregationTemporality?: Temporality };
  exponentialHistogram?: { dataPoints?: ExponentialHistogramDataPoint[]; aggregationTemporality?: Temporality };
  summary?: { dataPoints?: SummaryDataPoint[] };
}

/** One metric as the launcher keeps it: `{"source":"otlp","resource":…,"scope":…,"metric":…}`. */
export interface OtlpMetricDocument {
  source?: 'otlp';
  resource?: OtlpResource;
  scope?: OtlpScope;
  metric: OtlpMetric;
}

export type MetricKind = 'sum' | 'gauge' | 'histogram' | 'exponential histogram' | 'summary' | 'unknown';

export type TemporalityName = 'delta' | 'cumulative' | 'unspecified';

/**
 * What one data point says. A sum or gauge has a `value`; a histogram its `count`, `sum`, `min` and
 * `max` (the latter three only when the SDK recorded them); an exponential histogram its `scale` too.
 * A 64-bit integer stays a string when it does not fit a double exactly.
 */
export interface MetricPoint {
  attributes: Record<string, AttributeValue>;
  value?: number | string;
  count?: number | string;
  sum?: number;
  min?: number;
  max?: number;
  scale?: number;
}

/** A metric as the Lab lists it: whose it is, what it measures, in which unit, and its data points. */
export interface ReadMetric {
  service: string;
  scope?: string;
  name: string;
  description?: string;
  unit: string;
  kind: MetricKind;
  /** Sums and histograms: whether each point counts since the previous export or since the start. */
  temporality?: TemporalityName;
  /** Sums: whether the value only goes up (a counter) or may go down too (an up-down counter). */
  monotonic?: boolean;
  points: MetricPoint[];
}

/** The metric a document carries, read for a learner: its service, kind, unit and every data point. */
export function readMetric(document: OtlpMetricDocument): ReadMetric {
  const { metric } = document;
  const base = {
    service: serviceNameOf(document.resource) ?? 'unknown_service',
    scope: document.scope?.name || undefined,
    name: metric.name,
    description: metric.description || undefined,
    unit: metric.unit ?? '',
  };
  if (metric.sum) {
    return {
      ...base,
      kind: 'sum',
      temporality: temporalityOf(metric.sum.aggregationTemporality),
      monotonic: metric.sum.isMonotonic === true,
      points: (metric.sum.dataPoints ?? []).map(numberPoint),
    };
  }
  if (metric.gauge) {
    return { ...base, kind: 'gauge', points: (metric.gauge.dataPoints ?? []).map(numberPoint) };
  }
  if (metric.histogram) {
    return {
      ...base,
      kind: 'histogram',
      temporality: temporalityOf(metric.histogram.aggregationTemporality),
      points: (metric.histogram.dataPoints ?? []).map(histogramPoint),
    };
  }
  if (metric.exponentialHistogram) {
    return {
      ...base,
      kind: 'exponential histogram',
      temporality: temporalityOf(metric.exponentialHistogram.aggregationTemporality),
      points: (metric.exponentialHistogram.dataPoints ?? []).map((point) => ({
        ...histogramPoint(point),
        scale: point.scale ?? 0,
      })),
    };
  }
  if (metric.summary) {
    return { ...base, kind: 'summary', points: (metric.summary.dataPoints ?? []).map(summaryPoint) };
  }
  return { ...base, kind: 'unknown', points: [] };
}

/** `1`, `"1"` or `"AGGREGATION_TEMPORALITY_DELTA"` → `delta`; `2` … → `cumulative`. */
export function temporalityOf(temporality: Temporality | undefined): TemporalityName {
  if (temporality === 1 || temporality === '1' || temporality === 'AGGREGATION_TEMPORALITY_DELTA') return 'delta';
  if (temporality === 2 || temporality === '2' || temporality === 'AGGREGATION_TEMPORALITY_CUMULATIVE') return 'cumulative';
  return 'unspecified';
}

function pointBase(point: PointBase): Pick<MetricPoint, 'attributes'> {
  return { attributes: decodeAttributes(point.attributes) };
}

function numberPoint(point: NumberDataPoint): MetricPoint {
  const value = point.asInt !== undefined ? int64(point.asInt) : optionalDouble(point.asDouble);
  return { ...pointBase(point), value };
}

function summaryPoint(point: SummaryDataPoint): MetricPoint {
  return { ...pointBase(point), count: int64(point.count ?? 0), sum: optionalDouble(point.sum) };
}

function histogramPoint(point: HistogramDataPoint | ExponentialHistogramDataPoint): MetricPoint {
  return { ...summaryPoint(point), min: optionalDouble(point.min), max: optionalDouble(point.max) };
}

function optionalDouble(value: Double | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** A 64-bit integer as a number while it fits a double exactly, else as its decimal string. */
function int64(value: Int64): number | string {
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : String(value);
}

const READING_ORDER = ['value', 'count', 'sum', 'min', 'max', 'scale'] as const;

export type ReadingName = (typeof READING_ORDER)[number];

/** What a data point says, as the Lab prints it: `value 3`, or `count 4`, `sum 0.1`, … (only those it has). */
export function readingsOf(point: MetricPoint): { name: ReadingName; text: string }[] {
  return READING_ORDER.filter((name) => point[name] !== undefined).map((name) => ({
    name,
    text: formatMetricNumber(point[name] as number | string),
  }));
}

/** A whole number with its thousands grouped; a fraction to six significant digits; a string as it is. */
export function formatMetricNumber(value: number | string): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toLocaleString('en', { maximumSignificantDigits: 6 });
}
