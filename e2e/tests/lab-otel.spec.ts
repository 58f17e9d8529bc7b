import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { checkOut, newShopper, putInCart } from '../support/checkout';
import { productsInStock } from '../support/shop-api';
import type { Order } from '../../frontend/src/lib/order-api';
import type { CaughtTrace } from '../../frontend/src/lib/telemetry/lab-api';
import {
  type OtlpSpanDocument,
  type SpanKind,
  type StatusCode,
  decodeAttributes,
  isOtlpLogDocument,
  spanKindOf,
  statusCodeOf,
} from '../../frontend/src/lib/telemetry/otlp';
import { capturedTrace, capturedTraces, traceIdOfRequest } from '../support/telemetry-api';

// Only in the project otel: `./shop test e2e` starts the shop a third time with `--observability otel`.
// The services trace with the OpenTelemetry SDK and send their spans and metrics as OTLP/HTTP to the
// launcher (127.0.0.1:4318), which plays the collector; the Lab shows the spans as it shows X-Ray's
// segments (lab.spec.ts is the same story in mode xray).


/** A span of a trace with its service and its attributes decoded, for the assertions below. */
interface Span {
  service: string;
  scope: string;
  id: string;
  parentId?: string;
  name: string;
  kind: SpanKind;
  attributes: Record<string, unknown>;
  status: StatusCode;
  events: string[];
}

function spansOf(trace: CaughtTrace): Span[] {
  return (trace.spans ?? []).map(({ resource, scope, span }: OtlpSpanDocument) => ({
    service: String(decodeAttributes(resource?.attributes)['service.name']),
    scope: scope?.name ?? '',
    id: span.spanId,
    parentId: span.parentSpanId || undefined,
    name: span.name,
    kind: spanKindOf(span.kind),
    attributes: decodeAttributes(span.attributes),
    status: statusCodeOf(span.status?.code),
    events: (span.events ?? []).map((event) => event.name ?? ''),
  }));
}

const childrenOf = (spans: Span[], parent: Span | undefined) => spans.filter((span) => parent !== undefined && span.parentId === parent.id);
const isSql = (span: Span) => span.kind === 'client' && typeof span.attributes['db.query.text'] === 'string';

/** Waits until `check` finds nothing missing in the trace, and returns the trace as it then was. */
async function traceOnceComplete(
  request: APIRequestContext,
  traceId: string,
  check: (spans: Span[]) => Record<string, boolean>,
): Promise<CaughtTrace> {
  let trace: CaughtTrace | undefined;
  await expect
    .poll(
      async () => {
        trace = await capturedTrace(request, traceId);
        const found = check(spansOf(trace));
        return Object.keys(found).filter((what) => !found[what]);
      },
      { timeout: 45_000, intervals: [1_000], message: `what trace ${traceId} still lacks` },
    )
    .toEqual([]);
  return trace!;
}

test('a product page is one OpenTelemetry trace across catalog and inventory, with its SQL, in the Lab', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);

  // the newest trace of the product's page; its services export their spans in batches, each when it will
  let traceId = '';
  await expect
    .poll(
      async () => {
        const trace = (await capturedTraces(request)).find((candidate) =>
          spansOf(candidate).some(
            (span) => span.service === 'catalog' && span.kind === 'server' && span.attributes['url.path'] === `/api/catalog/products/${product!.id}`,
          ),
        );
        traceId = trace?.traceId ?? '';
        return traceId;
      },
      { message: `the trace of GET /api/catalog/products/${product!.id}` },
    )
    .not.toBe('');
  await traceOnceComplete(request, traceId, (spans) => {
    const server = spans.find((span) => span.service === 'catalog' && span.kind === 'server' && !span.parentId);
    const loadProduct = childrenOf(spans, server).find((span) => span.name === 'load product');
    const call = childrenOf(spans, loadProduct).find((span) => span.kind === 'client' && !isSql(span));
    const stock = childrenOf(spans, call).find((span) => span.service === 'inventory' && span.kind === 'server');
    return {
      'catalog SERVER span GET /api/catalog/products/{productId}': server?.name === 'GET /api/catalog/products/{productId}',
      'INTERNAL span load product with product_id and category':
        loadProduct?.kind === 'internal' &&
        loadProduct.attributes.product_id === product!.id &&
        typeof loadProduct.attributes.category === 'string',
      'SQL of catalog under load product': childrenOf(spans, loadProduct).some(isSql),
      'CLIENT span to inventory under load product': call?.attributes['server.port'] === 8082,
      'inventory SERVER span GET /api/inventory/stock under the call': stock?.name === 'GET /api/inventory/stock',
      'SQL of inventory': childrenOf(spans, stock).some(isSql),
    };
  });

  await page.goto('/lab');
  const row = page.getByRole('row').filter({ has: page.locator(`a[href*="${traceId}"]`) });
  await expect(row.getByRole('link', { name: `GET /api/catalog/products/${product!.id}`, exact: true })).toBeVisible();
  await expect(row).toContainText('OpenTelemetry');
  await expect(row).not.toContainText('X-Ray SDK');
  await row.getByRole('link').click();

  await expect(page.getByRole('heading', { name: 'Spans', exact: true })).toBeVisible();
  const waterfall = page.getByRole('list', { name: 'Waterfall' });
  await expect(waterfall).toContainText('load product');
  await expect(waterfall).toContainText('inventory');
  await expect(waterfall).toContainText('GET /api/inventory/stock');
  await expect(waterfall).toContainText('SQL');
  await waterfall.getByRole('button', { name: /load product/ }).click();
  await expect(page.getByText(`product_id=${product!.id}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'INTERNAL span load product' })).toBeVisible();
});

// A checkout's work spans three services and a queue: order's request (with inventory's reservation under
// it), the outbox relay publishing OrderPlaced to SQS, and inventory's consumer committing the stock. With
// OpenTelemetry it is one trace as well: the relay and the consumer continue the request's trace.
test('a checkout is one OpenTelemetry trace from the order request through the queue to inventory', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  const shopper = await newShopper(request, 'otel-trace');
  await putInCart(request, shopper, product!.id);
  const userAgent = `o11y-shop-e2e/otel-checkout/${randomUUID()}`;
  const placed = await checkOut(request, shopper, '4242', { 'User-Agent': userAgent });
  expect(placed.status(), await placed.text()).toBe(201);
  const { orderNumber } = (await placed.json()) as Order;
  const traceId = await traceIdOfRequest(request, userAgent);

  const trace = await traceOnceComplete(request, traceId, (spans) => {
    const server = spans.find((span) => span.service === 'order' && span.kind === 'server' && !span.parentId);
    const checkout = childrenOf(spans, server).find((span) => span.name === 'checkout');
    const step = (name: string) => childrenOf(spans, checkout).find((span) => span.name === name && span.kind === 'internal');
    const calls = (parent: Span | undefined) => childrenOf(spans, parent).filter((span) => span.kind === 'client' && !isSql(span));
    const served = (parent: Span | undefined, name: string) =>
      calls(parent).some((call) => childrenOf(spans, call).some((span) => span.kind === 'server' && span.name === name));
    const reservation = calls(step('reserve stock'))
      .flatMap((call) => childrenOf(spans, call))
      .find((span) => span.service === 'inventory' && span.name === 'POST /api/inventory/reservations');
    const relay = childrenOf(spans, step('create order')).find((span) => span.service === 'order' && span.kind === 'consumer');
    const publish = childrenOf(spans, relay).find((span) => span.kind === 'producer');
    // The relay takes the trace header for the message from its own span, before the SDK call starts:
    // inventory's work hangs under the relay's, beside the PRODUCER span, as in mode xray the inventory
    // segment hangs under the relay's segment, beside its Sqs subsegment.
    const consumer = childrenOf(spans, relay).find((span) => span.service === 'inventory' && span.kind === 'consumer');
    return {
      'order SERVER span POST /api/order/orders': server?.name === 'POST /api/order/orders' && server.attributes['http.response.status_code'] === 201,
      'INTERNAL span checkout with order_id and user_id':
        checkout?.kind === 'internal' && checkout.attributes.order_id === orderNumber && checkout.attributes.user_id === shopper.id,
      'steps confirm prices, reserve stock, pay, create order': ['confirm prices', 'reserve stock', 'pay', 'create order'].every((name) => step(name)),
      'CLIENT GET to catalog under confirm prices, served by catalog': served(step('confirm prices'), 'GET /api/catalog/products/{productId}'),
      'CLIENT POST to inventory under reserve stock, served by inventory': reservation !== undefined,
      'SQL of inventory under its reservation': childrenOf(spans, reservation).some(isSql),
      'SQL insert "customer_order" under create order': childrenOf(spans, step('create order')).some(
        (span) => isSql(span) && span.name === 'insert "customer_order"',
      ),
      "the relay's CONSUMER span process": relay?.name === 'process',
      'PRODUCER span order-events publish (SQS SendMessage)':
        publish?.name === 'order-events publish' &&
        publish.attributes['rpc.method'] === 'SendMessage' &&
        publish.attributes['messaging.destination.name'] === 'order-events',
      "inventory's CONSUMER span process under the relay's": consumer?.name === 'process',
      "SQL under inventory's consumer": childrenOf(spans, consumer).some(isSql),
      "CLIENT span Sqs.DeleteMessage under inventory's consumer": childrenOf(spans, consumer).some(
        (span) => span.kind === 'client' && span.name === 'Sqs.DeleteMessage' && span.attributes['rpc.method'] === 'DeleteMessage',
      ),
      'no span failed': spans.every((span) => span.status !== 'error' && !span.events.includes('exception')),
    };
  });

  // the log lines of both services carry the trace ID (O-CORR-01), as they do in mode xray
  await expect
    .poll(async () => [...new Set((await capturedTrace(request, traceId)).logLines.map((line) => (isOtlpLogDocument(line) ? undefined : line.service)))].sort(), {
      message: `services whose log lines carry trace ${traceId}`,
    })
    .toEqual(expect.arrayContaining(['inventory', 'order']));
  expect(trace.segmentDocuments, 'mode otel sends no X-Ray segment').toEqual([]);

  await page.goto(`/lab/trace?id=${traceId}`);
  const waterfall = page.getByRole('list', { name: 'Waterfall' });
  for (const step of ['checkout', 'confirm prices', 'reserve stock', 'pay', 'create order', 'order-events publish', 'Sqs.DeleteMessage', 'process']) {
    await expect(waterfall).toContainText(step);
  }
});

// The services export their metrics as OTLP every 10 s (the launcher sets OTEL_METRIC_EXPORT_INTERVAL):
// OpenTelemetry's own HTTP server metric and the shop's business metrics alike.
test("the services' metrics arrive as OTLP: HTTP server durations and the product views", async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);

  await expect
    .poll(
      async () => {
        const response = await request.get('/_launcher/telemetry/otlp/metrics?limit=1000');
        expect(response.ok()).toBe(true);
        const { metrics } = (await response.json()) as {
          metrics: Array<{ document: { resource?: OtlpSpanDocument['resource']; metric: { name: string } } }>;
        };
        const named = (name: string) =>
          [...new Set(metrics.filter((item) => item.document.metric.name === name).map((item) => String(decodeAttributes(item.document.resource?.attributes)['service.name'])))].sort();
        return { 'http.server.request.duration': named('http.server.request.duration').includes('catalog'), 'shop.product.views': named('shop.product.views') };
      },
      { timeout: 30_000, intervals: [2_000], message: 'OTLP metrics from the services' },
    )
    .toEqual({ 'http.server.request.duration': true, 'shop.product.views': ['catalog'] });

  // and mode otel prints no EMF line: the metrics go one way only
  const emf = await request.get('/_launcher/telemetry/metrics');
  expect(((await emf.json()) as { metricLines: unknown[] }).metricLines).toEqual([]);
});
