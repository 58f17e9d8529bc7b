/**
 * X-Ray segment documents as the SDK sends them to the daemon, and how a segment says it ended. The
 * field names follow the X-Ray segment document specification; only what the Lab shows is typed. The Lab
 * draws them through trace-model.ts, alike with OpenTelemetry spans.
 */

export interface HttpInfo {
  request?: { method?: string; url?: string; user_agent?: string; traced?: boolean };
  response?: { status?: number; content_length?: number };
}

export interface SqlInfo {
  url?: string;
  sanitized_query?: string;
  database_type?: string;
  database_version?: string;
}

export interface Cause {
  exceptions?: { message?: string; type?: string }[];
}

/** A segment or subsegment document, or a subsegment nested in one. */
export interface SegmentDocument {
  name: string;
  id: string;
  trace_id?: string;
  parent_id?: string;
  type?: 'subsegment';
  start_time: number;
  end_time?: number;
  in_progress?: boolean;
  namespace?: 'aws' | 'remote';
  origin?: string;
  user?: string;
  http?: HttpInfo;
  sql?: SqlInfo;
  /** An AWS call's `operation`, `region`, `queue_url`, … */
  aws?: Record<string, unknown>;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: Cause | string;
  annotations?: Record<string, string | number | boolean>;
  metadata?: Record<string, unknown>;
  subsegments?: SegmentDocument[];
}

export type Outcome = 'ok' | 'error' | 'fault' | 'throttle';

/** X-Ray's flags, the worst first: a fault (5xx) outranks a throttle (429), which outranks an error (4xx). */
export function outcomeOf(document: SegmentDocument): Outcome {
  if (document.fault) return 'fault';
  if (document.throttle) return 'throttle';
  if (document.error) return 'error';
  return 'ok';
}

/** The path of a URL, for a compact list; the URL as it is when it cannot be parsed. */
export function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
