import { MODE_LABELS, type TraceMode } from '@/lib/telemetry/trace-model';

const STYLES: Record<TraceMode, string> = {
  xray: 'bg-orange-100 text-orange-900',
  otel: 'bg-indigo-100 text-indigo-900',
};

const TITLES: Record<TraceMode, string> = {
  xray: 'Sent by the AWS X-Ray SDK for Java as segment documents (UDP to the X-Ray daemon)',
  otel: 'Sent by OpenTelemetry Java as OTLP spans (to an OTLP receiver, such as the ADOT collector)',
};

/** Which approach produced a trace: the X-Ray SDK's segment documents, OpenTelemetry's spans, or both. */
export function ModeBadges({ modes }: { modes: readonly TraceMode[] }) {
  if (modes.length === 0) {
    return <span className="text-xs text-slate-500">—</span>;
  }
  return (
    <span className="inline-flex flex-wrap gap-1">
      {modes.map((mode) => (
        <span key={mode} title={TITLES[mode]} className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[mode]}`}>
          {MODE_LABELS[mode]}
        </span>
      ))}
    </span>
  );
}
