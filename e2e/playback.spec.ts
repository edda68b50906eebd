import { test, expect, type AppPage } from './fixtures.ts';

/** What the packet token showed while it played, recorded in the page on every change of its attributes. */
interface TokenFrame {
  readonly leg: string;
  readonly index: string;
  readonly anchor: string;
  readonly text: string;
  readonly envelope: string;
  readonly flashed: string;
}

async function recordToken(app: AppPage): Promise<void> {
  await app.page.evaluate(() => {
    const frames: TokenFrame[] = [];
    (window as unknown as { tokenFrames: TokenFrame[] }).tokenFrames = frames;
    const snap = () => {
      const token = document.querySelector<HTMLElement>('[data-testid="packet-token"]');
      if (!token) return;
      const frame = {
        leg: token.dataset['leg'] ?? '',
        index: token.dataset['stepIndex'] ?? '',
        anchor: token.dataset['anchor'] ?? '',
        text: token.textContent ?? '',
        envelope: token.querySelector('[data-testid="packet-envelope"]')?.textContent ?? '',
        flashed: [...token.querySelectorAll('.packet-flash')].map((e) => e.textContent).join(' '),
      };
      const last = frames[frames.length - 1];
      if (!last || JSON.stringify(last) !== JSON.stringify(frame)) frames.push(frame);
    };
    new MutationObserver(snap).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-anchor', 'data-step-index', 'data-leg', 'class'],
    });
    snap();
  });
}

const tokenFrames = (app: AppPage) =>
  app.page.evaluate(() => (window as unknown as { tokenFrames: TokenFrame[] }).tokenFrames);

/** Step away and back: following the packet brings the canvas close enough to read, as it does when playing. */
async function closeUp(app: AppPage, name: string, away: string, back: string): Promise<void> {
  await app.page.keyboard.press(away);
  await app.page.keyboard.press(back);
  // The object the token sits at is drawn and in view: the canvas is never blank around the packet.
  const anchor = await app.page.getByTestId('packet-token').getAttribute('data-anchor');
  await expect(app.page.locator(`.react-flow__node[data-id="${anchor}"]`)).toBeInViewport();
  await app.page.waitForTimeout(900);
  await app.screenshot(name);
}

test.describe('playing the walk on the canvas', () => {
  test('the seed walk plays: DNAT to a pod on the other node, VXLAN with VNI 1, delivery, and the reply from the Service IP', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    const summary = (await app.walkSummary.textContent()) ?? '';
    const destination = /delivered to (default\/web-[a-z0-9-]+)/.exec(summary)?.[1];
    const serviceIP = /comes back from (10\.\d+\.\d+\.\d+)/.exec(summary)?.[1];
    expect(destination).toBeDefined();
    expect(serviceIP).toBeDefined();

    // The first visit opens ready to play: the token sits at the client, the bar says step 1.
    const token = app.page.getByTestId('packet-token');
    await expect(token).toHaveAttribute('data-anchor', 'pod:default/client');
    await expect(app.page.getByTestId('playback-position')).toContainText('1');

    // Start at the connection (the DNS legs come first and are walked the same way), at 4× speed.
    await app.forwardSteps.first().click();
    const speed = app.page.getByTestId('speed');
    while ((await speed.getAttribute('data-speed')) !== '4') await speed.click();
    await recordToken(app);
    await app.page.getByTestId('play').click();
    await expect(app.page.getByTestId('pause')).toBeVisible();
    // Playing ends by itself at the last step of the reply.
    await expect(app.page.getByTestId('play')).toBeVisible({ timeout: 100_000 });
    await expect(token).toHaveAttribute('data-leg', 'reply');
    await expect(token).toHaveAttribute('data-anchor', 'pod:default/client');

    const frames = await tokenFrames(app);
    const forward = frames.filter((f) => f.leg === 'forward');
    // DNAT: the destination flashes as it turns from the Service's address into the pod's.
    expect(forward.some((f) => /^10\.244\.2\.\d+:8080$/.test(f.flashed))).toBe(true);
    // Into the tunnel: the envelope carries the outer UDP header to 8472 with VNI 1.
    const wrapped = forward.filter((f) => f.envelope !== '');
    expect(wrapped.length).toBeGreaterThan(0);
    expect(wrapped[0]?.envelope).toMatch(/192\.168\.1\.11 → 192\.168\.1\.12.*8472.*VNI 1/);
    // Unwrapped on the far side, and delivered into the destination pod.
    const delivered = forward.findIndex((f) => f.anchor === `pod:${destination}`);
    expect(delivered).toBeGreaterThan(forward.indexOf(wrapped[0] as TokenFrame));
    expect(forward[delivered]?.envelope).toBe('');
    // The reply: conntrack restores the Service IP as the source the client sees.
    const reply = frames.filter((f) => f.leg === 'reply');
    expect(reply.at(-1)?.text).toContain(`${serviceIP}:80`);
    expect(reply.some((f) => f.flashed.startsWith(`${serviceIP}`))).toBe(true);

    // The inspector agrees at the DNAT step: destination changed, decided by the KUBE-SEP rule in its chain.
    await app.forwardSteps.filter({ hasText: 'KUBE-SEP-' }).first().click();
    const dst = app.stepDetail.locator('[data-field="dst"][data-changed="true"]');
    await expect(dst).toContainText('10.244.2.');
    const decided = app.stepDetail.locator('[data-role="decided"]');
    await expect(decided).toContainText('-j DNAT --to-destination 10.244.2.');
    await expect(app.stepDetail.getByTestId('decider-path')).toContainText('KUBE-SERVICES');
    await expect(token).toContainText('10.244.2.');
    app.expectClean();
  });

  test('keyboard: space plays and pauses, arrows step back and forward, Home restarts, ? shows the shortcuts', async ({
    app,
  }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    const position = app.page.getByTestId('playback-position');
    const token = app.page.getByTestId('packet-token');
    await expect(position).toHaveText(/^Step 1 of \d+$/);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(/^Step 3 of \d+$/);
    await expect(token).toHaveAttribute('data-step-index', '2');
    await app.page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText(/^Step 2 of \d+$/);
    await expect(token).toHaveAttribute('data-step-index', '1');
    // The step list and the canvas stay in step.
    await expect(app.page.locator('[aria-current="step"]')).toHaveCount(1);

    await app.page.keyboard.press(' ');
    await expect(app.page.getByTestId('pause')).toBeVisible();
    await expect(position).not.toHaveText(/^Step 2 of/, { timeout: 10_000 });
    await app.page.keyboard.press(' ');
    await expect(app.page.getByTestId('play')).toBeVisible();
    await app.page.keyboard.press('Home');
    await expect(position).toHaveText(/^Step 1 of \d+$/);

    await app.page.keyboard.press('?');
    const help = app.page.getByRole('dialog');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Space');
    await app.page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Shortcuts are inert while typing in a field.
    await app.page.getByTestId('walk-from').focus();
    await app.page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(/^Step 1 of \d+$/);
    app.expectClean();
  });

  test('switching the CNI redraws every node around the new walk: nothing on the canvas stays hidden', async ({
    app,
  }) => {
    await app.open();
    await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
    // Let the first picture settle (devices drawn, the walk marked) so the switch changes a measured canvas.
    await expect(app.page.locator('.react-flow__node[data-id="dev:worker-1:flannel.1"]')).toBeVisible();
    await app.page.waitForTimeout(1000);
    await app.page.getByTestId('cni-picker').selectOption({ label: 'cilium vxlan' });
    // Cilium's socket-LB translates the Service at connect(): the walk changes, and so do its marks.
    await expect(app.forwardStepsOfKind('socket-lb')).toHaveCount(1);
    await expect(app.page.locator('.react-flow__node[data-id="dev:worker-1:cilium_vxlan"]')).toBeVisible();
    // Objects whose marks changed are new node objects; each must still be measured and shown.
    await expect
      .poll(() =>
        app.page.evaluate(
          () =>
            [...document.querySelectorAll('.react-flow__node')].filter(
              (n) => getComputedStyle(n).visibility !== 'visible',
            ).length,
        ),
      )
      .toBe(0);
    await expect(app.page.locator('.react-flow__node[data-id="pod:default/client"]')).toBeVisible();
    app.expectClean();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`canvas screenshots in the ${theme} theme: cross-node VXLAN, a NetworkPolicy drop, IPVS`, async ({
      app,
    }) => {
      await app.page.emulateMedia({ colorScheme: theme });
      await app.page.setViewportSize({ width: 1600, height: 900 });
      const token = app.page.getByTestId('packet-token');

      // Cross-node: the token at the VXLAN encapsulation on worker-1, in its envelope.
      await app.open();
      await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
      await app.forwardStepsOfKind('encap').click();
      await expect(token).toHaveAttribute('data-encapsulated', 'true');
      await expect(app.page.getByTestId('packet-envelope')).toContainText('VNI 1');
      await app.page.waitForTimeout(700);
      await app.screenshot(`canvas-cross-node-${theme}`);
      await closeUp(app, `canvas-cross-node-close-${theme}`, 'ArrowRight', 'ArrowLeft');

      // A NetworkPolicy drop: CoreDNS is not the frontend, Calico's policy chain drops it.
      await app.open('?scenario=calico-policy');
      await app.page.getByTestId('walk-from').fill('kube-system/coredns');
      await app.page.getByTestId('walk-to').fill('svc/shop/db:5432');
      await expect(app.walkSummary).toHaveAttribute('data-verdict', 'dropped');
      await app.forwardSteps.last().click();
      await expect(token).toHaveAttribute('data-dropped', 'true');
      await expect(app.page.getByTestId('packet-drop')).toBeVisible();
      await app.page.waitForTimeout(700);
      await app.screenshot(`canvas-policy-drop-${theme}`);
      await closeUp(app, `canvas-policy-drop-close-${theme}`, 'ArrowLeft', 'ArrowRight');

      // IPVS: the external client's NodePort connection meets the virtual server on kube-ipvs0.
      await app.open('?scenario=ipvs-nodeport');
      await expect(app.walkSummary).toHaveAttribute('data-verdict', 'delivered');
      await app.forwardStepsOfKind('ipvs').click();
      await expect(token).toHaveAttribute('data-anchor', /^dev:worker-1:kube-ipvs0$/);
      await app.page.waitForTimeout(700);
      await app.screenshot(`canvas-ipvs-${theme}`);
      await closeUp(app, `canvas-ipvs-close-${theme}`, 'ArrowRight', 'ArrowLeft');
      app.expectClean();
    });
  }
});
