import type { CaughtTrace } from '@/lib/telemetry/lab-api';
import { jsonBytes, payloadOf } from '@/lib/telemetry/trace-model';

function DocumentList({ title, documents, describe }: { title: string; documents: unknown[]; describe: (document: unknown) => string }) {
  if (documents.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-medium text-slate-900">{title}</h3>
      <ol aria-label={title} className="mt-1 space-y-1 text-xs">
        {documents.map((document, index) => (
          <li key={index} className="rounded bg-slate-50 px-2 py-1">
            <details>
              <summary className="cursor-pointer">
                <span className="font-mono text-slate-900">{describe(document)}</span>{' '}
                <span className="text-slate-500">· {jsonBytes(document).toLocaleString('en')} bytes</span>
              </summary>
              <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-900 p-2 text-slate-100">
                {JSON.stringify(document, null, 2)}
              </pre>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

function describeSegment(document: unknown): string {
  const segment = document as { name?: string; type?: string; subsegments?: unknown[] };
  const nested = segment.subsegments?.length ?? 0;
  return `${segment.type === 'subsegment' ? 'subsegment' : 'segment'} ${segment.name ?? '?'}${nested > 0 ? ` (with ${nested} subsegment${nested === 1 ? '' : 's'} inside)` : ''}`;
}

function describeSpan(document: unknown): string {
  const span = (document as { span?: { name?: string } }).span;
  return `span ${span?.name ?? '?'}`;
}

/**
 * The trace's documents exactly as they came, so that a learner sees the real formats: X-Ray segment
 * documents as the SDK sent them to the daemon, OpenTelemetry spans as OTLP JSON.
 */
export function RawDocuments({ trace }: { trace: CaughtTrace }) {
  const payload = payloadOf(trace);
  const segments = trace.segmentDocuments ?? [];
  const spans = trace.spans ?? [];
  return (
    <div>
      <p className="text-sm text-slate-600">
        {payload.documents} document{payload.documents === 1 ? '' : 's'}, {payload.bytes.toLocaleString('en')} bytes of JSON.
        {segments.length > 0 && ' The X-Ray SDK sends each segment document to the daemon as a UDP datagram of JSON.'}
        {spans.length > 0 &&
          ' OpenTelemetry exports spans in batches over OTLP (protobuf or JSON); the launcher keeps each span as a document of its own, with the resource and scope it came under.'}
      </p>
      <DocumentList title="Segment documents (X-Ray SDK)" documents={segments} describe={describeSegment} />
      <DocumentList title="Spans (OTLP JSON)" documents={spans} describe={describeSpan} />
    </div>
  );
}
