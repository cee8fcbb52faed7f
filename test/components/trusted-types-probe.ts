// Runs inside /test-data/trusted-types.html, a page that requires Trusted Types, and
// reports to the test page whether the tag upgraded, what it rendered, and why it failed.
export {};

const kpi = document.querySelector('union-kpi')!;
const report = (loadError: string | null) => {
  const deadline = Date.now() + 8000;
  (function poll() {
    const value = kpi.shadowRoot?.querySelector('[part="value"]');
    if (value || loadError || Date.now() > deadline) {
      parent.postMessage(
        {
          enforced: 'trustedTypes' in window,
          defined: customElements.get('union-kpi') !== undefined,
          value: value?.textContent ?? null,
          fallbackVisible: !kpi.shadowRoot && (kpi as HTMLElement).innerText.includes('fallback text'),
          loadError,
        },
        '*',
      );
    } else setTimeout(poll, 50);
  })();
};
import('../../src/define/union-kpi.js').then(
  () => report(null),
  (error: Error) => report(error.message),
);
