import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// vitest runs in frontend/, where the script's path starts
it('the committed API types are what the specs in api/ generate now', () => {
  const check = spawnSync(process.execPath, ['scripts/api-types.mjs', '--check'], { encoding: 'utf8' });

  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
}, 60_000);
