/**
 * Page-object fixture for the app: every spec gets `app`, which knows how to reach the editor, the canvas and
 * the panel, and which records console errors and any request that leaves the page's origin so each test can
 * assert there were none.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG rule sets every page state is checked against. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

export class AppPage {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin) {
        this.foreignRequests.push(request.url());
      }
    });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.monacoLines).toBeVisible({ timeout: 15_000 });
  }

  get editor(): Locator {
    return this.page.getByTestId('editor');
  }

  /** Monaco's rendered text lines (what the user sees, not the hidden textarea). */
  get monacoLines(): Locator {
    return this.editor.locator('.monaco-editor .view-lines');
  }

  get nodeGroups(): Locator {
    return this.page.getByTestId('canvas').getByTestId('node-group');
  }

  nodeGroup(name: string): Locator {
    return this.page.locator(`[data-testid="node-group"][data-node="${name}"]`);
  }

  get pods(): Locator {
    return this.page.getByTestId('canvas').getByTestId('canvas-pod');
  }

  pod(name: string): Locator {
    return this.pods.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  service(name: string): Locator {
    return this.page
      .getByTestId('canvas-service')
      .filter({ has: this.page.locator('td.svc-name', { hasText: new RegExp(`(^|/)${name}$`) }) });
  }

  get diagnostics(): Locator {
    return this.page.getByTestId('diagnostics').locator('.diagnostic');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Put the cursor at the start of a line through Monaco's own "go to line" command, then type. */
  async typeAtLine(line: number, text: string): Promise<void> {
    await this.monacoLines.click();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Home');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
  }

  /**
   * The text of every rendered line that carries an error squiggle: Monaco draws squiggles in overlay rows
   * positioned at the same `top` as the text line they underline.
   */
  async linesWithErrorSquiggles(): Promise<string[]> {
    return this.editor.evaluate((host) => {
      const tops = new Set(
        [...host.querySelectorAll<HTMLElement>('.view-overlays > div')]
          .filter((row) => row.querySelector('.squiggly-error'))
          .map((row) => row.style.top),
      );
      return [...host.querySelectorAll<HTMLElement>('.view-lines > .view-line')]
        .filter((line) => tops.has(line.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
    });
  }

  get walkSummary(): Locator {
    return this.page.getByTestId('walk-summary');
  }

  get forwardSteps(): Locator {
    return this.page.getByTestId('steps-forward').locator('.step-item');
  }

  /** Forward steps of one kind (`encap`, `netfilter`, `drop`, ...). */
  forwardStepsOfKind(kind: string): Locator {
    return this.page.getByTestId('steps-forward').locator(`.step-item[data-kind="${kind}"]`);
  }

  get stepDetail(): Locator {
    return this.page.getByTestId('step-detail');
  }

  get nodePanel(): Locator {
    return this.page.getByTestId('node-panel');
  }

  get nodeViewText(): Locator {
    return this.page.getByTestId('node-view-text');
  }

  get nodeViewFilter(): Locator {
    return this.nodePanel.getByRole('searchbox');
  }

  nodeViewTab(kind: string): Locator {
    return this.nodePanel.locator(`[role="tab"][data-view="${kind}"]`);
  }

  /**
   * Open a node's views from its group on the canvas, by keyboard: the canvas follows the packet, so the
   * group may be panned out of the canvas's clip, where a pointer cannot reach it but the Tab key can.
   */
  async openNodeView(node: string): Promise<void> {
    const button = this.nodeGroup(node).getByTestId('open-node');
    // The canvas may still be laying out a new walk and replace the button: focus until it holds.
    const panel = this.page.locator(`[data-testid="node-panel"][data-node="${node}"]`);
    await expect(async () => {
      // The button toggles the drawer: press it only while this node's drawer is not open yet.
      if ((await panel.count()) === 0) {
        await button.evaluate((b) => (b as HTMLElement).focus({ preventScroll: true }));
        await expect(button).toBeFocused({ timeout: 500 });
        await this.page.keyboard.press('Enter');
      }
      await expect(this.nodeViewText).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
  }

  /**
   * Paste text into the editor the way a browser delivers Ctrl+V: one `paste` ClipboardEvent on Monaco's
   * input area (typing it instead would go through auto-indent and take minutes for a large text).
   */
  async paste(text: string, { replaceAll = false } = {}): Promise<void> {
    await this.monacoLines.click();
    await this.page.keyboard.press(replaceAll ? 'Control+A' : 'Control+End');
    await this.editor.locator('textarea').evaluate((area, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** Replace a line's text after its indentation, as a person would: select it and type over it. */
  async retypeLine(line: number, text: string): Promise<void> {
    await this.monacoLines.click();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
  }

  /** Lines the walk used in the open node view. */
  get nodeViewMatchedLines(): Locator {
    return this.nodeViewText.locator('[data-walk-matched="true"]');
  }

  /**
   * axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each (rule,
   * impact, the elements), so a failing test prints what to fix. `exclude` takes CSS selectors left out.
   */
  async seriousA11yViolations({ exclude = [] as string[] } = {}): Promise<string[]> {
    let builder = new AxeBuilder({ page: this.page }).withTags(AXE_TAGS);
    for (const selector of exclude) builder = builder.exclude(selector);
    const { violations } = await builder.analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
        ),
      );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }

  expectClean(): void {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.foreignRequests, 'requests that left the page origin').toEqual([]);
  }
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
