import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import type { ProductDetail } from '../../frontend/src/lib/api';
import type { Order } from '../../frontend/src/lib/order-api';
import { checkOut, newShopper, putInCart } from '../support/checkout';
import { listProducts } from '../support/shop-api';
import { settledShape, traceIdOfRequest } from '../support/telemetry-api';
import type { KnownValues, TraceShape } from '../support/trace-shape';

// The point of the two approaches: the same code, instrumented with the X-Ray SDK (project xray) or with
// OpenTelemetry (project otel), tells a learner the same story. One scripted flow runs in both; each
// trace is normalized into one shape (support/trace-shape.ts), which leaves out only what the two name
// differently. The project xray writes its shapes down; the project otel, run on a shop launched later
// with `--observability otel`, makes its own and compares them with those.
//
// The shapes are kept outside Playwright's output folder, which each run empties; `./shop test e2e`
// empties this one first, so that the otel run never compares with shapes of an earlier build.
const PARITY_DIR = process.env.SHOP_E2E_PARITY_DIR ?? join(__dirname, '..', 'parity-results');

type Flow = 'product detail' | 'checkout' | 'declined checkout';
type Shapes = Record<Flow, TraceShape>;

interface Recorded {
  mode: string;
  recordedAt: string;
  shapes: Shapes;
}

test('a product page, a checkout and a declined checkout make the same traces with the X-Ray SDK and with OpenTelemetry', async ({ request }, testInfo) => {
  const mode = testInfo.project.name;
  expect(['xray', 'otel'], `the parity spec runs in the projects xray and otel, not in ${mode}`).toContain(mode);

  const shapes = await runFlow(request);
  mkdirSync(PARITY_DIR, { recursive: true });
  const recorded: Recorded = { mode, recordedAt: new Date().toISOString(), shapes };
  writeFileSync(join(PARITY_DIR, `${mode}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
  await testInfo.attach(`${mode} shapes`, { body: JSON.stringify(shapes, null, 2), contentType: 'application/json' });

  // What must hold in either approach, so that two equally broken traces cannot pass as equal.
  expect(shapes['product detail'].hops, 'the product page: catalog asks inventory for the stock').toEqual(['catalog→inventory (http)']);
  expect(shapes.checkout.hops, 'the checkout: order calls catalog and inventory, and reaches inventory again through the queue').toEqual([
    'catalog→inventory (http)',
    'order→catalog (http)',
    'order→inventory (http)',
    'order→inventory (queue)',
    'order→order (async)',
  ]);
  expect(shapes.checkout.annotations['order: POST /api/order/orders › checkout']).toEqual({
    order_id: '<the order placed>',
    user_id: '<shopper>',
  });
  expect(shapes.checkout.logs, 'log lines of order and inventory carry the trace ID').toEqual(
    expect.arrayContaining(['inventory', 'order']),
  );
  expect(shapes['declined checkout'].errors['order: POST /api/order/orders'], 'the declined checkout is a failed request').toMatch(/^error/);

  if (mode === 'otel') {
    const xrayFile = join(PARITY_DIR, 'xray.json');
    expect(
      existsSync(xrayFile),
      `${xrayFile} does not exist: the X-Ray shapes to compare with are written by the project xray, which must run ` +
        'first on a shop launched in mode xray (`./shop test e2e` runs xray, off, then otel)',
    ).toBe(true);
    const xray = JSON.parse(readFileSync(xrayFile, 'utf8')) as Recorded;
    const recordedAt = `${xray.recordedAt} (file written ${statSync(xrayFile).mtime.toISOString()})`;
    for (const flow of Object.keys(shapes) as Flow[]) {
      expect
        .soft(shapes[flow], `${flow}: OpenTelemetry's trace (received) against the X-Ray SDK's (expected, recorded ${recordedAt})`)
        .toEqual(xray.shapes[flow]);
    }
  }
});

/**
 * The flow, the same in both modes: a shopper of its own, the in-stock product with the lowest ID (the same
 * one in both runs unless the specs before sold it out), and one request per trace, each sent with a
 * User-Agent of its own by which its trace is found.
 */
async function runFlow(request: APIRequestContext): Promise<Shapes> {
  const inStock = (await listProducts(request, 100)).filter((product) => product.stock.status === 'in_stock');
  expect(inStock.length, 'a product in stock').toBeGreaterThan(0);
  const productId = Math.min(...inStock.map((product) => product.id));
  const shopper = await newShopper(request, 'parity');

  const detailAgent = userAgent('product-detail');
  const detailResponse = await request.get(`/api/catalog/products/${productId}`, { headers: { 'User-Agent': detailAgent } });
  expect(detailResponse.status()).toBe(200);
  const product = (await detailResponse.json()) as ProductDetail;
  const productValues: KnownValues = {
    product_id: { value: productId, as: '<product id>' },
    category: { value: product.category.slug, as: '<category of the product>' },
  };

  await putInCart(request, shopper, productId);
  const checkoutAgent = userAgent('checkout');
  const placed = await checkOut(request, shopper, '4242', { 'User-Agent': checkoutAgent });
  expect(placed.status(), await placed.text()).toBe(201);
  const { orderNumber } = (await placed.json()) as Order;

  await putInCart(request, shopper, productId);
  const declinedAgent = userAgent('declined-checkout');
  const declined = await checkOut(request, shopper, '0002', { 'User-Agent': declinedAgent });
  expect(declined.status(), await declined.text()).toBe(402);

  const checkoutValues: KnownValues = {
    ...productValues,
    user_id: { value: shopper.id, as: '<shopper>' },
    user: { value: shopper.id, as: '<shopper>' },
    total_jpy: { value: product.price.amount, as: '<price of the product>' },
  };
  return {
    'product detail': await settledShape(request, await traceIdOfRequest(request, detailAgent), productValues, (shape) =>
      lacking(shape, ['catalog: GET /api/catalog/products/{id} → 200', 'inventory: GET /api/inventory/stock → 200']),
    ),
    checkout: await settledShape(
      request,
      await traceIdOfRequest(request, checkoutAgent),
      { ...checkoutValues, order_id: { value: orderNumber, as: '<the order placed>' } },
      (shape) =>
        lacking(shape, [
          'order: POST /api/order/orders → 201',
          'catalog: GET /api/catalog/products/{id} → 200',
          'inventory: GET /api/inventory/stock → 200',
          'inventory: POST /api/inventory/reservations → 201',
          'order: message',
          'inventory: message',
        ]),
    ),
    'declined checkout': await settledShape(request, await traceIdOfRequest(request, declinedAgent), checkoutValues, (shape) =>
      lacking(shape, [
        'order: POST /api/order/orders → 402',
        'catalog: GET /api/catalog/products/{id} → 200',
        'inventory: GET /api/inventory/stock → 200',
        'inventory: POST /api/inventory/reservations → 201',
        'inventory: POST /api/inventory/reservations/{id}/release → 200',
      ]),
    ),
  };
}

function userAgent(flow: string): string {
  return `o11y-shop-e2e-parity/${flow}/${randomUUID()}`;
}

/** The entries (requests and messages served) the trace must have before it is complete. */
function lacking(shape: TraceShape, entries: string[]): string[] {
  return entries.filter((entry) => !shape.entries.includes(entry)).map((entry) => `entry ${entry}`);
}
