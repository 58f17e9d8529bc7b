import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * The tests drive the system Chromium (Debian's `chromium` package): Playwright's own browser
 * download is not possible here, and `playwright install` must never run.
 */
function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    return configured;
  }
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser']) {
    for (const directory of directories) {
      const candidate = join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not in this directory; keep looking.
      }
    }
  }
  throw new Error(
    'No Chromium found on PATH (looked for `chromium` and `chromium-browser`). ' +
      'Install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // One worker: inventory-down.spec.ts stops a service that the other specs rely on.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    // The stack is started by the test runner script, not here.
    baseURL: process.env.SHOP_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The shop is launched once per project by `./shop test e2e`: in mode xray for every spec but the
  // OpenTelemetry ones and the silence check; again with `--observability off` for the spec that checks
  // that nothing is traced or measured; and again with `--observability otel` for the OpenTelemetry specs
  // and the parity spec, which compares the traces of one flow with those the project xray recorded.
  // The project unit needs no shop: it tests the helpers in support/ (`*.test.ts`).
  projects: [
    { name: 'unit', testDir: './support', testMatch: /\.test\.ts$/ },
    { name: 'xray', testIgnore: /(telemetry-off|lab-otel)\.spec\.ts$/, use: chromium },
    { name: 'off', testMatch: /telemetry-off\.spec\.ts$/, use: chromium },
    { name: 'otel', testMatch: /(lab-otel|parity)\.spec\.ts$/, use: chromium },
  ],
});
