import type { LogLine } from '@/lib/telemetry/lab-api';

const LEVEL_STYLES: Record<string, string> = {
  ERROR: 'text-red-700',
  WARN: 'text-amber-700',
  INFO: 'text-slate-700',
  DEBUG: 'text-slate-500',
};

/** The log lines that carry the trace's ID, from every service, in time order (O-CORR-01). */
export function LogLines({ lines }: { lines: LogLine[] }) {
  if (lines.length === 0) {
    return <p className="text-slate-600">No log line carried this trace's ID.</p>;
  }
  const ordered = [...lines].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return (
    <ol aria-label="Log lines" className="space-y-1 font-mono text-xs">
      {ordered.map((line, index) => (
        <li key={index} className="rounded bg-slate-50 px-2 py-1">
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-500">{line.timestamp}</span>{' '}
              <span className={LEVEL_STYLES[line.level] ?? 'text-slate-700'}>{line.level}</span>{' '}
              <span className="text-brand-700">{line.service}</span> {line.message}
            </summary>
            <pre className="mt-1 overflow-auto whitespace-pre-wrap text-slate-700">{JSON.stringify(line, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
