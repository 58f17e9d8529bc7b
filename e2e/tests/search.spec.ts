import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import type { ProductSummary } from '../../frontend/src/lib/api';
import { listProducts, searchProducts } from '../support/shop-api';

/**
 * A word from a real product's name that the search API finds that product by, on its first page
 * of results; discovered at run time so that the test follows whatever the catalog holds.
 */
async function findSearchableWord(request: APIRequestContext): Promise<{ word: string; product: ProductSummary }> {
  for (const product of await listProducts(request)) {
    const words = product.name.match(/\p{L}{4,}/gu) ?? [];
    for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
      const matches = await searchProducts(request, word);
      if (matches.some((match) => match.id === product.id)) {
        return { word, product };
      }
    }
  }
  throw new Error('No product name has a word that the search finds it by');
}

/** Opens a page and waits until its scripts and data have loaded, so typing is not lost to hydration. */
async function openSettled(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

function headerSearch(page: Page) {
  return page.getByRole('banner').getByRole('search');
}

test('a word from a product name finds that product', async ({ page, request }) => {
  const { word, product } = await findSearchableWord(request);
  await openSettled(page, '/');

  const search = headerSearch(page);
  await search.getByRole('searchbox', { name: 'Search products' }).fill(word);
  await search.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(word)}`);
  await expect(
    page.getByTestId('product-card').getByRole('link', { name: product.name, exact: true }),
  ).toBeVisible();
});

test('an empty search shows the validation message', async ({ page }) => {
  await page.goto('/products');

  await headerSearch(page).getByRole('button', { name: 'Search' }).click();

  // Checked in the form once the page is interactive, or by the search page if the click came first.
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a word to search for.' })).toBeVisible();
});

test('a nonsense word shows no results', async ({ page }) => {
  await openSettled(page, '/');

  const search = headerSearch(page);
  await search.getByRole('searchbox', { name: 'Search products' }).fill('qzxjvwkpy');
  await search.getByRole('searchbox', { name: 'Search products' }).press('Enter');

  await expect(page.getByTestId('no-results')).toContainText('No results');
  await expect(page.getByTestId('product-card')).toHaveCount(0);
});
