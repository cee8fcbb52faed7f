// A test-runner command, `emulate-forced-colors`, that turns the Chromium page's forced
// colours on or off through CDP (@web/test-runner-commands' emulateMedia cannot). Answers
// false in a browser without CDP (Firefox over WebDriver BiDi), so a test can skip there.
export function forcedColorsPlugin() {
  return {
    name: 'union-viz:forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return false;
      try {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}
