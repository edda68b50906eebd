import { test, expect } from './fixtures.ts';

test.describe('the packet walk in the app', () => {
  test('walks the seed example: DNS, DNAT to a backend on another node, VXLAN, delivery, reply', async ({
    app,
  }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    await expect(app.walkSummary).toContainText('delivered to default/web-');
    await expect(app.page.getByTestId('walk-dns')).toContainText('A web.default.svc.cluster.local.');

    // The DNAT step: the destination turns into the pod's, decided by the KUBE-SEP rule, reached via KUBE-SVC.
    const dnat = app.forwardSteps.filter({ hasText: 'PREROUTING/nat' }).filter({ hasText: 'NAT' }).first();
    await dnat.click();
    await expect(app.stepDetail).toContainText('-j DNAT --to-destination 10.244.2.');
    await expect(app.stepDetail).toContainText('KUBE-SERVICES → KUBE-SVC-');
    await expect(app.stepDetail.locator('.header-changed')).toContainText(['10.244.2.']);

    // The encapsulation step: an outer UDP header to port 8472 with VNI 1.
    await app.forwardStepsOfKind('encap').click();
    const vxlan = app.stepDetail.getByTestId('layer-encap');
    await expect(vxlan.locator('[data-field="dport"] dd')).toHaveText(/^8472\b/);
    await expect(vxlan.locator('[data-field="vni"] dd')).toHaveText(/^1\b/);
    await expect(app.stepDetail.getByTestId('layer-outer')).toContainText('192.168.1.');
    // The canvas follows: the node where the packet is now is marked.
    await expect(app.nodeGroup('worker-1')).toHaveAttribute('data-packet-here', 'true');
    await expect(app.nodeGroup('worker-2')).toHaveAttribute('data-packet-here', 'false');
    await app.screenshot('walk-encap');

    // The reply: the client sees the Service IP answer it.
    await expect(app.walkSummary).toContainText('the reply comes back from 10.');
    await expect(app.page.getByTestId('steps-reply')).toBeVisible();
    app.expectClean();
  });

  test('steps with the arrow keys and explains in the chosen language', async ({ app }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    await app.forwardSteps.first().click();
    await expect(app.forwardSteps.first()).toHaveAttribute('aria-current', 'step');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect(app.forwardSteps.nth(2)).toHaveAttribute('aria-current', 'step');
    await app.page.keyboard.press('ArrowLeft');
    await expect(app.forwardSteps.nth(1)).toHaveAttribute('aria-current', 'step');
    const english = await app.page.getByTestId('step-explain').textContent();
    await app.page.getByTestId('language-picker').selectOption('zh-CN');
    await expect(app.page.getByTestId('step-explain')).not.toHaveText(english ?? '');
    await expect(app.page.getByTestId('step-explain')).toContainText(/[\u4e00-\u9fff]/);
    app.expectClean();
  });

  test('a NetworkPolicy drop under Calico stops the walk at the policy chain', async ({ app }) => {
    await app.open('?scenario=calico-policy');
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    // CoreDNS is not the frontend: the db's ingress policy drops it. (CoreDNS resolves with the node's
    // resolv.conf, dnsPolicy Default, so it addresses the Service directly.)
    await app.page.getByTestId('walk-from').fill('kube-system/coredns');
    await app.page.getByTestId('walk-to').fill('svc/shop/db:5432');
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'dropped');
    await app.forwardStepsOfKind('netfilter').last().click();
    await expect(app.stepDetail).toContainText('cali-');
    await app.screenshot('walk-policy-drop');
    app.expectClean();
  });
});

test.describe('the walk while things change', () => {
  test('a source that no longer exists is named at the picker, and the last good walk stays', async ({
    app,
  }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    const from = app.page.getByTestId('walk-from');
    await from.fill('clinet');
    const problem = app.page.getByTestId('walk-problem');
    await expect(problem).toContainText('No pod or workload "clinet"');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    // The walk on show is still the last one that worked, and the token still sits on it.
    await expect(app.walkSummary).toContainText('client → web:80: delivered');
    await expect(app.page.getByTestId('packet-token')).toHaveAttribute('data-anchor', /^pod:default\//);
    await from.fill('client');
    await expect(problem).toHaveCount(0);
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    app.expectClean();
  });
});
