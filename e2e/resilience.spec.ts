import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const BOUTIQUE = 'e2e/fixtures/online-boutique.yaml';

test.describe('bad and big input', () => {
  test('a paste over the size limit is refused with PW009; the page stays responsive and the canvas stays', async ({
    app,
  }) => {
    await app.open();
    await app.tab('app.yaml').click();
    await expect(app.pod('client')).toBeVisible();
    const big = `# filler\n${'x: 1234567890\n'.repeat(110_000)}`; // ~1.5 MB, over the 1 MiB per-file limit
    await app.paste(big);
    await expect(app.diagnostics.filter({ hasText: 'PW009' })).toBeVisible({ timeout: 10_000 });
    // The main thread answers promptly: the parsing happened in the worker.
    const started = Date.now();
    await app.page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(app.page.getByTestId('stale-banner')).toBeVisible();
    await expect(app.pod('client')).toBeVisible();
    app.expectClean();
  });

  test('the real Online Boutique manifests build a cluster with every Service and its endpoints', async ({
    app,
  }) => {
    await app.open();
    await app.tab('app.yaml').click();
    await app.paste(readFileSync(BOUTIQUE, 'utf8'), { replaceAll: true });
    await expect(app.service('frontend-external')).toContainText('LoadBalancer', { timeout: 10_000 });
    await expect(app.service('cartservice')).toContainText('endpoints ready: 1');
    await expect(app.pods.filter({ hasText: /^frontend-/ })).toHaveCount(1);
    await expect(app.diagnostics.filter({ hasText: 'error' })).toHaveCount(0);
    await app.screenshot('online-boutique');
    app.expectClean();
  });
});
