import { type APIRequestContext, expect } from '@playwright/test';
import type { ProductPage, ProductSummary } from '../../frontend/src/lib/api';

interface LauncherService {
  name: string;
  state: string;
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `GET ${url} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

export async function listProducts(request: APIRequestContext, size = 50): Promise<ProductSummary[]> {
  const page = await getJson<ProductPage>(request, `/api/catalog/products?size=${size}`);
  expect(page.items.length, 'the catalog should have products').toBeGreaterThan(0);
  return page.items;
}

/** `count` products that are comfortably in stock, so that a test can buy a few of each. */
export async function productsInStock(request: APIRequestContext, count: number): Promise<ProductSummary[]> {
  const inStock = (await listProducts(request, 100)).filter((product) => product.stock.status === 'in_stock');
  expect(inStock.length, `the catalog should have ${count} products in stock`).toBeGreaterThanOrEqual(count);
  return inStock.slice(0, count);
}

export async function searchProducts(request: APIRequestContext, query: string): Promise<ProductSummary[]> {
  const page = await getJson<ProductPage>(request, `/api/catalog/products/search?q=${encodeURIComponent(query)}&size=20`);
  return page.items;
}

/** The state the local launcher reports for a service: `running`, `stopped`, … */
export async function serviceState(request: APIRequestContext, name: string): Promise<string | undefined> {
  const services = await getJson<LauncherService[]>(request, '/_launcher/services');
  return services.find((service) => service.name === name)?.state;
}

export async function controlService(request: APIRequestContext, name: string, action: 'start' | 'stop') {
  const response = await request.post(`/_launcher/services/${name}/${action}`);
  expect(response.ok(), `${action} ${name} answered ${response.status()}`).toBe(true);
}
