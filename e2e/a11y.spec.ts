import { test, expect } from './fixtures.ts';

/**
 * axe-core over the app's main states, the editor included: WCAG 2.1 A and AA, serious and critical
 * violations only.
 */
test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the app with the seed walk shown, ${theme} theme`, async ({ app }) => {
      await app.open();
      await app.page.getByTestId('theme-picker').selectOption(theme);
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
      await app.forwardStepsOfKind('encap').click();
      await expect(app.stepDetail).toBeVisible();
      expect(await app.seriousA11yViolations()).toEqual([]);
      app.expectClean();
    });

    test(`the node panel open with the walk's lines marked, ${theme} theme`, async ({ app }) => {
      await app.open();
      await app.page.getByTestId('theme-picker').selectOption(theme);
      await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
      await app.openNodeView('worker-1');
      await expect(app.nodeViewMatchedLines.first()).toBeVisible();
      await app.nodeViewMatchedLines.first().locator('.node-view-mark').click();
      await app.screenshot(`a11y-node-panel-${theme}`);
      expect(await app.seriousA11yViolations()).toEqual([]);
      app.expectClean();
    });
  }

  test('a NetworkPolicy drop and the IPVS scenario, dark theme', async ({ app }) => {
    await app.open('?scenario=calico-policy');
    await app.page.getByTestId('theme-picker').selectOption('dark');
    await app.page.getByTestId('walk-from').fill('kube-system/coredns');
    await app.page.getByTestId('walk-to').fill('svc/shop/db:5432');
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'dropped');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await app.open('?scenario=ipvs-nodeport');
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    expect(await app.seriousA11yViolations()).toEqual([]);
    app.expectClean();
  });
});
