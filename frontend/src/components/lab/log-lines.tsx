import type { TraceLogLine } from '@/lib/telemetry/lab-api';
import { decodeValue, isOtlpLogDocument, nanosToSeconds, serviceNameOf, severityOf } from '@/lib/telemetry/otlp';

const LEVEL_STYLES: Record<string, string> = {
  ERROR: 'text-red-700',
  WARN: 'text-amber-700',
  INFO: 'text-slate-700',
  DEBUG: 'text-slate-500',
};

interface ShownLine {
  timestamp: string;
  level: string;
  service: string;
  message: string;
  line: TraceLogLine;
}

/** A printed JSON log line as it is; an OTLP log record by its time, severity, service and body. */
function shown(line: TraceLogLine): ShownLine {
  if (isOtlpLogDocument(line)) {
    const record = line.logRecord;
    const seconds = nanosToSeconds(record.timeUnixNano) ?? nanosToSeconds(record.observedTimeUnixNano);
    const body = decodeValue(record.body);
    return {
      timestamp: seconds === undefined ? '' : new Date(seconds * 1000).toISOString(),
      level: severityOf(record).toUpperCase(),
      service: serviceNameOf(line.resource) ?? '',
      message: typeof body === 'string' ? body : JSON.stringify(body),
      line,
    };
  }
  return {
    timestamp: String(line.timestamp ?? ''),
    level: String(line.level ?? ''),
    service: String(line.service ?? ''),
    message: String(line.message ?? ''),
    line,
  };
}

/** The log lines that carry the trace's ID, from every service, in time order (O-CORR-01). */
export function LogLines({ lines }: { lines: TraceLogLine[] }) {
  if (lines.length === 0) {
    return <p className="text-slate-600">No log line carried this trace's ID.</p>;
  }
  const ordered = lines.map(shown).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return (
    <ol aria-label="Log lines" className="space-y-1 font-mono text-xs">
      {ordered.map((entry, index) => (
        <li key={index} className="rounded bg-slate-50 px-2 py-1">
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-500">{entry.timestamp}</span>{' '}
              <span className={LEVEL_STYLES[entry.level] ?? 'text-slate-700'}>{entry.level}</span>{' '}
              <span className="text-brand-700">{entry.service}</span> {entry.message}
            </summary>
            <pre className="mt-1 overflow-auto whitespace-pre-wrap text-slate-700">{JSON.stringify(entry.line, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
