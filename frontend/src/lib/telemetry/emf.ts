/**
 * CloudWatch Embedded Metric Format: a JSON log line whose `_aws.CloudWatchMetrics` directives tell
 * CloudWatch Logs which of the line's own members are metrics, in which namespace, with which
 * dimensions. This does what CloudWatch does on ingestion, so that the Lab shows the metrics a line
 * becomes, next to the line itself.
 */

interface MetricDefinition {
  Name: string;
  Unit?: string;
}

interface MetricDirective {
  Namespace: string;
  Dimensions: string[][];
  Metrics: MetricDefinition[];
}

export interface EmfDocument {
  _aws: { Timestamp: number; CloudWatchMetrics: MetricDirective[] };
  [member: string]: unknown;
}

/** One data point as CloudWatch stores it. */
export interface ExtractedMetric {
  namespace: string;
  name: string;
  unit: string;
  dimensions: Record<string, string>;
  values: number[];
  timestamp: number;
}

/**
 * The data points of one EMF line: one per metric and dimension set. A metric whose member is missing
 * or not a number, or a dimension whose member is not a string, is skipped, as CloudWatch skips it.
 */
export function extractMetrics(document: EmfDocument): ExtractedMetric[] {
  const metrics: ExtractedMetric[] = [];
  for (const directive of document._aws?.CloudWatchMetrics ?? []) {
    const dimensionSets = directive.Dimensions.length > 0 ? directive.Dimensions : [[]];
    for (const metric of directive.Metrics) {
      const values = numbersOf(document[metric.Name]);
      if (values.length === 0) continue;
      for (const dimensionSet of dimensionSets) {
        const dimensions = dimensionValues(document, dimensionSet);
        if (!dimensions) continue;
        metrics.push({
          namespace: directive.Namespace,
          name: metric.Name,
          unit: metric.Unit ?? 'None',
          dimensions,
          values,
          timestamp: document._aws.Timestamp,
        });
      }
    }
  }
  return metrics;
}

function numbersOf(value: unknown): number[] {
  if (typeof value === 'number' && Number.isFinite(value)) return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item))) {
    return value as number[];
  }
  return [];
}

function dimensionValues(document: EmfDocument, names: string[]): Record<string, string> | null {
  const dimensions: Record<string, string> = {};
  for (const name of names) {
    const value = document[name];
    if (typeof value !== 'string') return null;
    dimensions[name] = value;
  }
  return dimensions;
}
