import { test, expect } from './fixtures.ts';

test.describe('the app shell', () => {
  test('opens with the built-in scenario: the editor, and the cluster it builds on the canvas', async ({
    app,
  }) => {
    await app.open();
    await expect(app.tab('cluster.yaml')).toHaveAttribute('aria-selected', 'true');
    await expect(app.monacoLines).toContainText('kind: Cluster');

    // One group per Kubernetes node, each with its IP and pod range, holding its pods with their IPs.
    await expect(app.nodeGroups).toHaveCount(3);
    await expect(app.nodeGroup('worker-1')).toContainText('192.168.1.11');
    await expect(app.nodeGroup('worker-1')).toContainText('10.244.1.0/24');
    await expect(app.pod('client')).toContainText('10.244.1.2');
    await expect(app.pods.filter({ hasText: /^web-/ })).toHaveCount(2);
    await expect(app.pods.filter({ hasText: '10.244.2.' })).toHaveCount(2);
    await expect(app.pods.filter({ hasText: 'coredns' })).toHaveCount(2);

    // Services as virtual addresses, with the ClusterIPs kubeadm would give.
    await expect(app.service('kube-dns')).toContainText('10.96.0.10');
    await expect(app.service('kubernetes')).toContainText('10.96.0.1');
    await expect(app.service('web')).toContainText('endpoints ready: 2');
    await app.screenshot('app-light');
    app.expectClean();
  });

  test('puts a cluster-model diagnostic on its line in the editor', async ({ app }) => {
    await app.open();
    await app.tab('app.yaml').click();
    // Break the Service's selector: no pod carries app=wbe.
    const selectorLine = 50;
    await expect(app.monacoLines).toContainText('app: web');
    await app.retypeLine(selectorLine, 'app: wbe');
    await expect(app.diagnostics.filter({ hasText: 'PW101' })).toContainText(`app.yaml:${selectorLine}:`);
    await app.page.locator('.diagnostic-notes summary').click();
    await expect(app.diagnostics.filter({ hasText: 'PW120' })).toContainText('app=web');
    await expect(app.service('web')).toContainText('endpoints ready: 0');
    app.expectClean();
  });

  test('marks a syntax error at its line within a second and keeps the last good canvas', async ({ app }) => {
    await app.open();
    await expect(app.pod('client')).toBeVisible();
    const podsBefore = await app.pods.count();

    await app.typeAtLine(5, 'broken: key: value ');
    const typedAt = Date.now();
    await expect(app.diagnostics.filter({ hasText: 'PW001' }).first()).toContainText('cluster.yaml:5:', {
      timeout: 1000,
    });
    await expect
      .poll(() => app.linesWithErrorSquiggles(), { timeout: 1000 })
      .toContainEqual(expect.stringContaining('broken: key: value'));
    expect(Date.now() - typedAt).toBeLessThan(1000);

    await expect(app.page.getByTestId('stale-banner')).toBeVisible();
    await expect(app.pods).toHaveCount(podsBefore);
    await app.screenshot('syntax-error');
    app.expectClean();
  });

  test('restores the edited text after a reload', async ({ app }) => {
    await app.open();
    await app.tab('app.yaml').click();
    await app.typeAtLine(1, '# my own note ');
    await expect(app.monacoLines).toContainText('# my own note');
    // Let the debounced autosave run, then reload.
    await app.page.waitForTimeout(600);
    await app.page.reload();
    await expect(app.monacoLines).toBeVisible({ timeout: 15_000 });
    await app.tab('app.yaml').click();
    await expect(app.monacoLines).toContainText('# my own note');
    app.expectClean();
  });

  test('switches the interface language', async ({ app }) => {
    await app.open();
    const heading = app.page.locator('#diagnostics-title');
    await expect(heading).toHaveText('Diagnostics');
    await app.page.getByTestId('language-picker').selectOption('zh-CN');
    await expect(heading).toHaveText('诊断');
    await expect(app.nodeGroup('worker-1')).toContainText('节点 worker-1');
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await app.page.getByTestId('language-picker').selectOption('zh-TW');
    await expect(heading).toHaveText('診斷');
    await expect(app.nodeGroup('worker-1')).toContainText('節點 worker-1');
    await app.screenshot('zh-TW');
    app.expectClean();
  });

  test('switches to the dark theme', async ({ app }) => {
    await app.open();
    await app.page.getByTestId('theme-picker').selectOption('dark');
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(app.editor.locator('.monaco-editor.vs-dark')).toBeVisible();
    await app.screenshot('app-dark');
    app.expectClean();
  });
});
