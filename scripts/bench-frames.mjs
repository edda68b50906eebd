#!/usr/bin/env node
/**
 * Animation smoothness of packet playback, measured in Chromium.
 *
 * It builds nothing and starts no server: build the app and serve it yourself, then point this at it.
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
 *   node scripts/bench-frames.mjs [--url http://127.0.0.1:4173] [--scenario cross-node-service]
 *                                 [--speed 1|2|4|0.5] [--max-seconds 300] [--width 1440 --height 900]
 *                                 [--no-follow] [--json]
 *
 * It opens the scenario in Chromium (/usr/bin/chromium, or $CHROMIUM), presses Space to play the whole walk
 * (DNS queries, connection, reply), records every requestAnimationFrame interval and every long task
 * (> 50 ms, PerformanceObserver 'longtask') until playback stops by itself, and prints: frames, mean, p50,
 * p95, p99 and max frame time, the share of frames over 16.7 ms and 33.4 ms, and the long tasks.
 * Exit code 0 always (it measures, it does not judge); JSON with --json.
 */
import { chromium } from '@playwright/test';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const base = arg('url', 'http://127.0.0.1:4173');
const scenario = arg('scenario', 'cross-node-service');
const speed = arg('speed', '1');
const maxSeconds = Number(arg('max-seconds', '300'));
const width = Number(arg('width', '1440'));
const height = Number(arg('height', '900'));
const asJson = process.argv.includes('--json');
const SPEED_KEYS = { 0.5: '1', 1: '2', 2: '3', 4: '4' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const url = new URL(base);
  url.searchParams.set('scenario', scenario);
  await page.goto(url.href);
  await page.waitForSelector('[data-testid="packet-token"]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid="play"]:not([disabled])');
  // Let the layout settle and the first fit finish before measuring.
  await page.waitForTimeout(1500);
  const key = SPEED_KEYS[speed];
  if (key === undefined) throw new Error(`--speed must be one of ${Object.keys(SPEED_KEYS).join(', ')}`);
  await page.keyboard.press(key);
  // Following the packet pans the canvas; --no-follow measures the token alone.
  if (
    process.argv.includes('--no-follow') &&
    (await page.getAttribute('[data-testid="follow"]', 'aria-pressed')) === 'true'
  )
    await page.keyboard.press('f');

  await page.evaluate(() => {
    const bench = { frames: [], longTasks: [], running: true };
    window.__bench = bench;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) bench.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    } catch {
      bench.longTasks = null;
    }
    let last = performance.now();
    const tick = (now) => {
      bench.frames.push(now - last);
      last = now;
      if (bench.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });

  const started = Date.now();
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-testid="pause"]', { timeout: 5000 });
  const steps = await page.textContent('[data-testid="playback-position"]');
  await page.waitForSelector('[data-testid="play"]', { timeout: maxSeconds * 1000 }).catch(() => undefined);
  const seconds = (Date.now() - started) / 1000;
  const result = await page.evaluate(() => {
    window.__bench.running = false;
    return { frames: window.__bench.frames, longTasks: window.__bench.longTasks };
  });

  const sorted = [...result.frames].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  const over = (ms) => (100 * sorted.filter((f) => f > ms).length) / Math.max(1, sorted.length);
  const figures = {
    scenario,
    speed: Number(speed),
    viewport: `${width}x${height}`,
    playbackSeconds: Number(seconds.toFixed(1)),
    firstPosition: steps,
    frames: sorted.length,
    meanMs: Number(mean.toFixed(2)),
    p50Ms: Number(pct(50).toFixed(2)),
    p95Ms: Number(pct(95).toFixed(2)),
    p99Ms: Number(pct(99).toFixed(2)),
    maxMs: Number((sorted[sorted.length - 1] ?? 0).toFixed(2)),
    over16_7Pct: Number(over(16.7).toFixed(2)),
    over20Pct: Number(over(20).toFixed(2)),
    over33_4Pct: Number(over(33.4).toFixed(2)),
    longTasks: result.longTasks === null ? 'unsupported' : result.longTasks.length,
    longTaskMaxMs: result.longTasks?.length ? Number(Math.max(...result.longTasks).toFixed(1)) : 0,
    pageErrors: errors,
  };
  if (asJson) console.log(JSON.stringify(figures, null, 2));
  else {
    console.log(
      `packet playback, ${scenario} at ${speed}x, ${width}x${height}, ${figures.playbackSeconds} s`,
    );
    console.log(`frames        ${figures.frames}`);
    console.log(
      `frame time    mean ${figures.meanMs} ms, p50 ${figures.p50Ms}, p95 ${figures.p95Ms}, p99 ${figures.p99Ms}, max ${figures.maxMs}`,
    );
    console.log(
      `over 16.7 ms  ${figures.over16_7Pct} %   over 20 ms  ${figures.over20Pct} %   over 33.4 ms  ${figures.over33_4Pct} %`,
    );
    console.log(`long tasks    ${figures.longTasks} (longest ${figures.longTaskMaxMs} ms)`);
    console.log(`page errors   ${errors.length === 0 ? 'none' : errors.join(' | ')}`);
  }
} finally {
  await browser.close();
}
