import { annotations } from '../../data/annotations/index.js';

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Each report's raw text and hash, fetched from data/reports as the build script reads them. */
export async function loadReportSources(): Promise<Record<string, { raw: string; sha256: string }>> {
  const entries = await Promise.all(
    annotations.map(async (a) => {
      const bytes = await (await fetch(`/data/reports/${a.report.file}`)).arrayBuffer();
      return [a.report.id, { raw: new TextDecoder().decode(bytes), sha256: await sha256Hex(bytes) }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
