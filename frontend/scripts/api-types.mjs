/**
 * The TypeScript types of the shop's APIs, generated from their OpenAPI specs (api/*.yaml) with
 * openapi-typescript: one file per spec in src/lib/api-types/, for the front end's clients and e2e's
 * helpers. `npm run generate:api` writes them; `--check` writes nothing and fails when a committed file
 * is not what its spec generates now (a front-end test runs it), so that a spec change is regenerated
 * and then fails `tsc` wherever a consumer no longer fits it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const SPECS = ['catalog', 'identity', 'inventory', 'order'];

async function generate(spec) {
  const header = `/**\n * Generated from api/${spec}.yaml by openapi-typescript (\`npm run generate:api\`): do not edit.\n */\n\n`;
  return header + astToString(await openapiTS(new URL(`../../api/${spec}.yaml`, import.meta.url)));
}

const checkOnly = process.argv.includes('--check');
const stale = [];
for (const spec of SPECS) {
  const file = new URL(`../src/lib/api-types/${spec}.ts`, import.meta.url);
  const types = await generate(spec);
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (types === committed) continue;
  if (checkOnly) {
    stale.push(`src/lib/api-types/${spec}.ts`);
  } else {
    await writeFile(file, types);
  }
}
if (stale.length > 0) {
  console.error(`Not what the specs generate now: ${stale.join(', ')}. Run \`npm run generate:api\` in frontend/.`);
  process.exit(1);
}
