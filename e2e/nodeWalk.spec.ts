import { test, expect } from './fixtures.ts';

test.describe("a node's views highlight the lines the walk used", () => {
  test('the client node: the DNAT path is marked, named by its steps, and leads back to the walk', async ({
    app,
  }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    await app.openNodeView('worker-1');

    // The tab says how many lines the walk used; the text marks them.
    await expect(app.nodeViewTab('iptables-save')).not.toHaveAttribute('data-walk-matches', '0');
    await expect(app.page.getByTestId('node-view-walk-note')).toContainText('This walk used');
    const dnat = app.nodeViewMatchedLines.filter({
      hasText: /-A KUBE-SEP-\S+ .*-j DNAT --to-destination 10\.244\.2\./,
    });
    await expect(dnat.first()).toBeVisible();
    await expect(dnat.first()).toHaveAttribute('title', /^Matched by this walk: .*step \d+/);
    await expect(
      app.nodeViewMatchedLines.filter({ hasText: /-A KUBE-SERVICES .*-j KUBE-SVC-/ }).first(),
    ).toBeVisible();
    // Lines the walk did not use are not marked: the kubernetes API Service's rule, for one.
    const apiRule = app.nodeViewText
      .locator('[data-line]')
      .filter({ hasText: /-A KUBE-SERVICES .*"default\/kubernetes:https cluster IP"/ });
    await expect(apiRule).toHaveCount(1);
    await expect(apiRule).not.toHaveAttribute('data-walk-matched', 'true');
    await app.screenshot('node-walk-matches');

    // The mark shows the step in the walk panel: the DNAT step, with its rule.
    const forwardDnat = dnat
      .filter({ has: app.page.locator('.node-view-mark', { hasText: /^\d+/ }) })
      .first();
    const stepNumber = Number(
      (await forwardDnat.locator('.node-view-mark').textContent())?.match(/^\d+/)?.[0],
    );
    await forwardDnat.locator('.node-view-mark').click();
    await expect(app.forwardSteps.nth(stepNumber - 1)).toHaveAttribute('aria-current', 'step');
    await expect(forwardDnat).toHaveAttribute('data-walk-current', 'true');

    // The next-line control goes from one used line to the next, by keyboard too.
    const next = app.page.getByTestId('node-view-next-match');
    await next.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.nodeViewMatchedLines.first().locator('.node-view-mark')).toBeFocused();
    await next.click();
    await expect(app.nodeViewMatchedLines.nth(1).locator('.node-view-mark')).toBeFocused();
    await expect(app.nodeViewMatchedLines.nth(1)).toBeInViewport();

    // The routes view marks the route through flannel.1.
    await app.nodeViewTab('routes').click();
    await expect(
      app.nodeViewMatchedLines.filter({ hasText: '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink' }),
    ).toHaveCount(1);
    app.expectClean();
  });

  test('a long view opens scrolled to the first used line; the filter can hide them and says so', async ({
    app,
  }) => {
    await app.open('?scenario=ipvs-nodeport');
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    await app.openNodeView('worker-1');
    await app.nodeViewTab('iptables-save').click();
    await expect(app.nodeViewMatchedLines.first()).toBeInViewport();
    await app.nodeViewTab('ipvsadm').click();
    await expect(app.nodeViewMatchedLines.filter({ hasText: ':30080' }).first()).toBeInViewport();
    await app.nodeViewFilter.fill('no-such-text');
    await expect(app.page.getByTestId('node-view-walk-note')).toContainText('The filter hides');
    app.expectClean();
  });

  test('a node the walk does not pass says so, in the chosen language', async ({ app }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    // With the DNS lookup first, the walk reaches CoreDNS on the control-plane node.
    await app.openNodeView('master');
    await expect(app.page.getByTestId('node-view-walk-note')).toContainText('This walk used');
    // Addressing the Service directly skips DNS: the walk no longer passes master, and the drawer follows.
    await app.page.getByTestId('walk-to').fill('svc/default/web:80');
    await expect(app.page.getByTestId('walk-dns')).toHaveCount(0);
    await expect(app.page.getByTestId('node-view-walk-note')).toHaveText(
      'The walk does not pass through node master: nothing here is highlighted.',
    );
    await expect(app.nodeViewMatchedLines).toHaveCount(0);
    await app.page.getByTestId('language-picker').selectOption('zh-CN');
    await expect(app.page.getByTestId('node-view-walk-note')).toContainText('不经过节点 master');
    app.expectClean();
  });

  test('the view tabs work with the arrow keys without stepping the walk', async ({ app }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    await app.forwardSteps.nth(2).click();
    await app.openNodeView('worker-1');
    await app.nodeViewTab('iptables-save').click();
    await app.page.keyboard.press('ArrowRight');
    await expect(app.nodeViewTab('iptables-restore')).toHaveAttribute('aria-selected', 'true');
    await expect(app.nodeViewTab('iptables-restore')).toBeFocused();
    await expect(app.forwardSteps.nth(2)).toHaveAttribute('aria-current', 'step');
    app.expectClean();
  });

  test('the drawer takes the focus when it opens and gives it back to its opener on Escape', async ({
    app,
  }) => {
    await app.open();
    await app.openNodeView('worker-2');
    await expect(app.nodePanel.getByRole('heading', { name: 'Dataplane of node worker-2' })).toBeFocused();
    await app.page.keyboard.press('Escape');
    await expect(app.nodePanel).toHaveCount(0);
    await expect(app.nodeGroup('worker-2').getByTestId('open-node')).toBeFocused();
    app.expectClean();
  });
});
