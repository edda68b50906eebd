import { test, expect } from './fixtures.ts';

test.describe('node dataplane views and the mode switches', () => {
  test("opens a node's iptables-save and routes, with the real chain names", async ({ app }) => {
    await app.open();
    await app.openNodeView('worker-1');
    await expect(app.nodePanel).toContainText('Dataplane of node worker-1');
    await expect(app.nodeViewText).toContainText('-j KUBE-SVC-TCOU7JCQXEZGVUNU');
    await expect(app.nodeViewText).toContainText('"default/web:http cluster IP"');

    await app.nodeViewFilter.fill('KUBE-SEP');
    await expect(app.nodeViewText).not.toContainText('KUBE-FORWARD');
    await expect(app.nodeViewText).toContainText('DNAT --to-destination 10.244.2.2:8080');
    await app.screenshot('node-iptables-save');

    await app.nodeViewTab('routes').click();
    await app.nodeViewFilter.fill('');
    await expect(app.nodeViewText).toContainText('10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink');
    await app.page.keyboard.press('Escape');
    await expect(app.nodePanel).toHaveCount(0);
    app.expectClean();
  });

  test('switching kube-proxy to IPVS edits the Cluster document and the node views follow', async ({
    app,
  }) => {
    await app.open();
    await app.openNodeView('worker-1');
    await expect(app.nodeViewTab('ipvsadm')).toHaveCount(0);

    await app.page.getByTestId('proxy-picker').selectOption('ipvs');
    await expect(app.monacoLines).toContainText('mode: ipvs');
    await expect(app.nodeGroup('master')).toBeInViewport();
    await app.nodeViewTab('ipvsadm').click();
    await expect(app.nodeViewText).toContainText('TCP  10.96.0.10:53 rr');
    await expect(app.nodeViewText).toContainText('-> 10.244.2.2:8080');
    await app.screenshot('node-ipvsadm');

    await app.nodeViewTab('routes').click();
    await expect(app.nodeViewText).toContainText('kube-ipvs0');
    app.expectClean();
  });

  test('switching the CNI to Calico IPIP rewrites the YAML and the routes use tunl0', async ({ app }) => {
    await app.open();
    await app.page.getByTestId('cni-picker').selectOption('calico ipip');
    await expect(app.monacoLines).toContainText('plugin: calico');
    await expect(app.monacoLines).toContainText('mode: ipip');
    await app.openNodeView('worker-1');
    await app.nodeViewTab('routes').click();
    await expect(app.nodeViewText).toContainText('dev tunl0 proto bird onlink');
    await expect(app.nodeViewText).toContainText('blackhole');
    await app.page.getByTestId('theme-picker').selectOption('dark');
    await app.screenshot('node-calico-routes-dark');
    app.expectClean();
  });
});
