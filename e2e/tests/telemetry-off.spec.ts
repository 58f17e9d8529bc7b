import { expect, test } from '@playwright/test';
import { productsInStock, searchProducts } from '../support/shop-api';

// Only in the project `off`: `./shop test e2e` starts the shop a second time with `--observability off`.
// The launcher still listens as the X-Ray daemon and as an OTLP receiver and reads every service's output,
// so anything the services sent or printed as telemetry would be caught here.
test('with observability off, browsing sends no segment and prints no EMF line', async ({ page, request }) => {
  const [product] = await productsInStock(request, 1);
  await page.goto(`/product?id=${product!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);
  await searchProducts(request, 'camera');

  // Longer than the launched shop's metrics step (10 s), so that a step's EMF line would have been printed.
  await page.waitForTimeout(12_000);

  const traces = await request.get('/_launcher/telemetry/traces');
  expect(traces.ok()).toBe(true);
  expect(((await traces.json()) as { traces: unknown[] }).traces).toEqual([]);
  const metrics = await request.get('/_launcher/telemetry/metrics');
  expect(metrics.ok()).toBe(true);
  expect(((await metrics.json()) as { metricLines: unknown[] }).metricLines).toEqual([]);
  // nor anything over OTLP, which the launcher receives as well (traces would be among the traces above)
  const otlpMetrics = await request.get('/_launcher/telemetry/otlp/metrics');
  expect(otlpMetrics.ok()).toBe(true);
  expect(((await otlpMetrics.json()) as { metrics: unknown[] }).metrics).toEqual([]);
  const otlpLogs = await request.get('/_launcher/telemetry/otlp/logs');
  expect(otlpLogs.ok()).toBe(true);
  expect(((await otlpLogs.json()) as { logRecords: unknown[] }).logRecords).toEqual([]);

  await page.goto('/lab');
  await expect(page.getByText(/^No traces yet\./)).toBeVisible();
  await page.getByRole('button', { name: 'Metrics (EMF)' }).click();
  await expect(page.getByText(/^No EMF lines yet\./)).toBeVisible();
});
