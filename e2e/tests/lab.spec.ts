import { expect, test } from '@playwright/test';
import type { Order } from '../../frontend/src/lib/order-api';
import { checkOut, newShopper, putInCart } from '../support/checkout';
import { productsInStock } from '../support/shop-api';
import type { CaughtTrace } from '../../frontend/src/lib/telemetry/lab-api';
import { isOtlpLogDocument } from '../../frontend/src/lib/telemetry/otlp';
import { allEntities, capturedTrace, capturedTraces, entities } from '../support/telemetry-api';

// The shop runs in mode xray here (the launcher's default): the services send their segments to the
// launcher, which plays the X-Ray daemon, and the Lab shows them.
test('a product page is one trace across catalog and inventory, with its SQL, in the Lab', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);

  await page.goto('/lab');
  const trace = page.getByRole('link', { name: `GET /api/catalog/products/${product!.id}`, exact: true }).first();
  await expect(trace).toBeVisible();
  await trace.click();

  const waterfall = page.getByRole('list', { name: 'Waterfall' });
  await expect(waterfall).toContainText('load product');
  await expect(waterfall).toContainText('inventory');
  await expect(waterfall).toContainText('SQL');
  await waterfall.getByRole('button', { name: /load product/ }).click();
  await expect(page.getByText(`product_id=${product!.id}`)).toBeVisible();
});

// The launched shop publishes its metrics every 10 s; the product view above (or any before it) is counted.
test('the product views are an EMF metric the Lab shows as CloudWatch would extract it', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);

  await page.goto('/lab');
  await page.getByRole('button', { name: 'Metrics (EMF)' }).click();
  const metricLines = page.getByRole('list', { name: 'Metric lines' });
  await expect(metricLines.getByRole('cell', { name: /^shop\.product\.views/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(metricLines.getByRole('cell', { name: 'O11yShop' }).first()).toBeVisible();
});

// A checkout's work spans three services and a queue: order's request (with inventory's reservation
// under it), the outbox relay publishing OrderPlaced to SQS, and inventory's consumer committing the
// stock. The launched shop must show all of it as one trace (O-TRACE-02, O-TRACE-04).
test('a checkout is one trace from the order request through the queue to inventory', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  const shopper = await newShopper(request, 'trace');
  await putInCart(request, shopper, product!.id);
  const placed = await checkOut(request, shopper, '4242');
  expect(placed.status(), await placed.text()).toBe(201);
  const { orderNumber } = (await placed.json()) as Order;

  let traceId = '';
  await expect
    .poll(async () => {
      const trace = (await capturedTraces(request)).find((candidate) =>
        allEntities(candidate).some((entity) => entity.name === 'checkout' && entity.annotations?.order_id === orderNumber),
      );
      traceId = trace?.traceId ?? '';
      return traceId;
    }, { timeout: 20_000, message: `the trace of order ${orderNumber}` })
    .not.toBe('');

  const segmentsWanted = (trace: CaughtTrace) => {
    const segments = trace.segmentDocuments;
    return {
      orderRequest: segments.some((s) => s.name === 'order' && s.http?.request?.method === 'POST'),
      reservation: segments.some((s) => s.name === 'inventory' && s.http?.request?.url?.includes('/reservations')),
      relay: segments.some((s) => s.name === 'order' && s.http === undefined && entities(s).some((e) => e.aws?.operation === 'SendMessage')),
      consumer: segments.some((s) => s.name === 'inventory' && s.http === undefined && entities(s).some((e) => e.sql !== undefined)),
    };
  };
  await expect
    .poll(async () => segmentsWanted(await capturedTrace(request, traceId)), { timeout: 30_000, message: `trace ${traceId}` })
    .toEqual({ orderRequest: true, reservation: true, relay: true, consumer: true });

  const trace = await capturedTrace(request, traceId);
  const services = new Set(trace.logLines.map((line) => (isOtlpLogDocument(line) ? undefined : line.service)));
  expect([...services].sort(), 'log lines of both services carry the trace ID').toEqual(expect.arrayContaining(['inventory', 'order']));

  await page.goto(`/lab/trace?id=${traceId}`);
  const waterfall = page.getByRole('list', { name: 'Waterfall' });
  for (const step of ['checkout', 'confirm prices', 'reserve stock', 'pay', 'create order', 'Sqs']) {
    await expect(waterfall).toContainText(step);
  }
});
