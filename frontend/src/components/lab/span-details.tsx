import type { Span } from '@/lib/telemetry/segments';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** What X-Ray records about one segment or subsegment, and the document itself. */
export function SpanDetails({ span }: { span: Span }) {
  const { document } = span;
  const cause = typeof document.cause === 'object' ? document.cause.exceptions ?? [] : [];
  return (
    <section aria-label={`Details of ${span.name}`} className="rounded-lg border border-slate-200 p-4 text-sm">
      <h3 className="font-semibold text-slate-900">
        {span.kind === 'segment' ? 'Segment' : 'Subsegment'} {span.name}
      </h3>
      <dl className="mt-2">
        <Row label="ID">{document.id}</Row>
        {document.parent_id && <Row label="Parent">{document.parent_id}</Row>}
        <Row label="Service">{span.service}</Row>
        {document.namespace && <Row label="Namespace">{document.namespace}</Row>}
        {document.http?.request && (
          <Row label="HTTP">
            {document.http.request.method} {document.http.request.url} → {document.http.response?.status ?? '—'}
          </Row>
        )}
        {document.sql && (
          <Row label="SQL">
            <code className="whitespace-pre-wrap">{document.sql.sanitized_query ?? document.sql.url}</code>
            {document.sql.database_type && (
              <span className="block text-xs text-slate-500">
                {document.sql.database_type} {document.sql.database_version}
              </span>
            )}
          </Row>
        )}
        {document.user && <Row label="User">{document.user}</Row>}
        {document.annotations && Object.keys(document.annotations).length > 0 && (
          <Row label="Annotations">
            {Object.entries(document.annotations).map(([key, value]) => (
              <span key={key} className="mr-2 inline-block rounded bg-slate-100 px-1.5 font-mono text-xs">
                {key}={String(value)}
              </span>
            ))}
          </Row>
        )}
        {cause.length > 0 && (
          <Row label="Cause">
            {cause.map((exception, index) => (
              <span key={index} className="block text-red-800">
                {exception.type}: {exception.message}
              </span>
            ))}
          </Row>
        )}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-brand-700">The document as sent to the daemon</summary>
        <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {JSON.stringify(document, null, 2)}
        </pre>
      </details>
    </section>
  );
}
