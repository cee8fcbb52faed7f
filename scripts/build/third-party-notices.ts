import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A package whose code a build bundles, with what its licence asks a copy to carry. */
export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The text of its licence file: the copyright notice and the terms. */
  text: string;
}

/** The package a module of node_modules is from: its name and folder (the innermost node_modules). */
export function packageOf(moduleId: string): { name: string; dir: string } | undefined {
  const match = moduleId.replace(/\\/g, '/').match(/^(.*\/node_modules\/)((?:@[^/]+\/)?[^/]+)\//);
  return match ? { name: match[2]!, dir: `${match[1]}${match[2]}` } : undefined;
}

/** Reads a package's name, version, licence and licence text; throws when it ships no licence file. */
export function readPackage(dir: string): BundledPackage {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${meta.name} is bundled but ships no licence file: its notice cannot be reproduced`);
  return { name: meta.name, version: meta.version, license: meta.license ?? 'see text', text: readFileSync(join(dir, file), 'utf8').trim() };
}

/**
 * The notices file: each bundled package's name, version and licence, by name, and the
 * licence's text; packages whose licence files are the same text (Lit's four) share one copy.
 */
export function noticesText(packages: readonly BundledPackage[], covers: string): string {
  const head = `${covers} bundles code from the packages below. Their licences ask that copies carry the copyright notices and terms that follow.\n`;
  const byText = new Map<string, BundledPackage[]>();
  for (const p of [...packages].sort((a, b) => a.name.localeCompare(b.name))) byText.set(p.text, [...(byText.get(p.text) ?? []), p]);
  const body = [...byText].map(([text, same]) => `${'-'.repeat(72)}\n${same.map((p) => `${p.name} ${p.version} (${p.license})`).join('\n')}\n\n${text}\n`);
  return [head, ...body].join('\n');
}

export interface NoticesOptions {
  fileName: string;
  covers: string;
  /** The entry modules of the builds this plugin writes notices for; another build using the config is left alone. */
  entries: RegExp;
  banner?: boolean;
  inline?: boolean;
}

/**
 * Writes what the bundled packages' licences ask for (Lit's BSD-3-Clause, d3's and
 * topojson's ISC: keep the copyright notice and the terms with every copy) into `fileName`
 * beside the build's output. The packages are read from the modules the output really holds,
 * so a new dependency is listed the day it is bundled. With `banner`, each entry chunk
 * starts with a legal comment naming the file; with `inline`, the entry chunk carries the
 * notices themselves at its end (a single file uploaded alone, with nothing beside it).
 */
export function thirdPartyNotices({ fileName, covers, entries, banner = false, inline = false }: NoticesOptions): Plugin {
  return {
    name: 'union-viz:third-party-notices',
    generateBundle(_options, bundle) {
      // Storybook builds its preview with this config too: that build is not ours to ship.
      const ours = Object.values(bundle).some((chunk) => chunk.type === 'chunk' && chunk.isEntry && entries.test(chunk.facadeModuleId ?? ''));
      if (!ours) return;
      const dirs = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const pkg = module.renderedLength > 0 ? packageOf(id) : undefined;
          if (pkg) dirs.set(pkg.name, pkg.dir);
        }
      }
      const packages = [...dirs.values()].map(readPackage);
      const text = noticesText(packages, covers);
      this.emitFile({ type: 'asset', fileName, source: text });
      if (packages.length === 0) return;
      const names = packages.map((p) => `${p.name} (${p.license})`).sort().join(', ');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const where = inline ? 'at the end of this file' : `in ${fileName} beside this file`;
        if (banner || inline) chunk.code = `/*! ${covers}. Bundles ${names}: their notices are ${where}. */\n${chunk.code}`;
        if (inline) chunk.code = `${chunk.code}\n/*!\n${text.replace(/\*\//g, '* /')}\n*/\n`;
      }
    },
  };
}
