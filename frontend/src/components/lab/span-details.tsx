import { type TraceNode, formatValue } from '@/lib/telemetry/trace-model';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

const KIND_TITLES: Record<TraceNode['kind'], string> = {
  segment: 'Segment',
  subsegment: 'Subsegment',
  server: 'SERVER span',
  client: 'CLIENT span',
  producer: 'PRODUCER span',
  consumer: 'CONSUMER span',
  internal: 'INTERNAL span',
  unspecified: 'Span',
};

/** Key=value chips, as X-Ray shows annotations. */
export function Chips({ values }: { values: Record<string, unknown> }) {
  return (
    <>
      {Object.entries(values).map(([key, value]) => (
        <span key={key} className="mr-2 inline-block rounded bg-slate-100 px-1.5 font-mono text-xs">
          {key}={formatValue(value)}
        </span>
      ))}
    </>
  );
}

/** The attributes of a span, or a segment's fields flattened, as a two-column table. */
export function AttributeTable({ attributes, label }: { attributes: Record<string, unknown>; label: string }) {
  const entries = Object.entries(attributes);
  if (entries.length === 0) return null;
  return (
    <table aria-label={label} className="w-full text-left font-mono text-xs">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key} className="border-t border-slate-100 align-top">
            <td className="py-0.5 pr-3 text-slate-500">{key}</td>
            <td className="break-all py-0.5 text-slate-900">{formatValue(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What one segment, subsegment or span records — the same rows for both approaches, so that a learner
 * sees where each keeps the HTTP, SQL and AWS details — and the document itself.
 */
export function SpanDetails({ span }: { span: TraceNode }) {
  const metadata = span.mode === 'xray' ? (span.document as { metadata?: unknown }).metadata : undefined;
  return (
    <section aria-label={`Details of ${span.name}`} className="rounded-lg border border-slate-200 p-4 text-sm">
      <h3 className="font-semibold text-slate-900">
        {KIND_TITLES[span.kind]} {span.name}
      </h3>
      <dl className="mt-2">
        <Row label="ID">{span.id}</Row>
        {span.parentId && <Row label="Parent">{span.parentId}</Row>}
        <Row label="Service">{span.service || '—'}</Row>
        {span.namespace && span.mode === 'xray' && <Row label="Namespace">{span.namespace}</Row>}
        {span.scope && <Row label="Instrumentation">{span.scope}</Row>}
        {span.http && (span.http.method || span.http.url || span.http.status !== undefined) && (
          <Row label="HTTP">
            {span.http.method} {span.http.url} → {span.http.status ?? '—'}
            {span.http.route && <span className="block text-xs text-slate-500">route {span.http.route}</span>}
          </Row>
        )}
        {span.http?.host && !span.http.url && <Row label="Host">{span.http.host}</Row>}
        {span.sql && (
          <Row label="SQL">
            <code className="whitespace-pre-wrap">{span.sql.query ?? span.sql.url}</code>
            {span.sql.system && (
              <span className="block text-xs text-slate-500">{[span.sql.system, span.sql.version].filter(Boolean).join(' ')}</span>
            )}
            {span.sql.database && <span className="block text-xs text-slate-500">database {span.sql.database}</span>}
          </Row>
        )}
        {span.aws && (
          <Row label="AWS">
            {span.aws.service} {span.aws.operation}
            {span.aws.resource && <span className="block font-mono text-xs text-slate-600">{span.aws.resource}</span>}
          </Row>
        )}
        {span.messaging && (
          <Row label="Messaging">
            {[span.messaging.system, span.messaging.operation, span.messaging.destination].filter(Boolean).join(' · ')}
          </Row>
        )}
        {span.user && <Row label="User">{span.user}</Row>}
        {Object.keys(span.annotations).length > 0 && (
          <Row label="Annotations">
            <Chips values={span.annotations} />
          </Row>
        )}
        {span.statusMessage && <Row label="Status">{span.statusMessage}</Row>}
        {span.exceptions.length > 0 && (
          <Row label={span.mode === 'xray' ? 'Cause' : 'Exception'}>
            {span.exceptions.map((exception, index) => (
              <span key={index} className="block text-red-800">
                {exception.type}: {exception.message}
              </span>
            ))}
          </Row>
        )}
        {metadata !== undefined && (
          <Row label="Metadata">
            <code className="whitespace-pre-wrap text-xs">{JSON.stringify(metadata)}</code>
          </Row>
        )}
        <Row label="Size">
          {span.bytes.toLocaleString('en')} bytes of JSON
          <span className="block text-xs text-slate-500">
            {span.mode === 'otel'
              ? 'the span alone, without the resource and scope it was exported under'
              : 'its own fields, without the subsegments nested in it'}
          </span>
        </Row>
      </dl>
      {span.mode === 'otel' && Object.keys(span.attributes).length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">
            All {Object.keys(span.attributes).length} attributes
          </summary>
          <div className="mt-2">
            <AttributeTable attributes={span.attributes} label={`Attributes of ${span.name}`} />
          </div>
        </details>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-brand-700">
          {span.mode === 'xray' ? 'The document as sent to the daemon' : 'The span as received over OTLP (OTLP JSON)'}
        </summary>
        <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {JSON.stringify(span.document, null, 2)}
        </pre>
      </details>
    </section>
  );
}
