/** A colour as OKLCH lightness (0–1), chroma and hue (degrees). */
export type Oklch = readonly [l: number, c: number, h: number];

/** What a derived colour follows: the text (dark text means a light scheme) or the surface. */
export type SchemeOrigin = 'text' | 'surface';

/**
 * A CSS colour that is `light` on a light scheme and `dark` on a dark one, where the scheme
 * is read from the lightness of another colour (`origin`, a CSS colour), not from
 * `color-scheme`. So a site that sets only `--union-color-text: #222` on a dark page gets
 * a light surface under it, and every colour that sits on that surface follows: text stays
 * readable whichever tokens a site overrides. The step is a steep clamp at lightness 0.6,
 * so each scheme gets its colour exactly, not a blend.
 */
export function schemeColor(origin: string, follows: SchemeOrigin, light: Oklch, dark: Oklch): string {
  const step = follows === 'text' ? 'clamp(0, (0.6 - l) * 1000, 1)' : 'clamp(0, (l - 0.6) * 1000, 1)';
  const channel = (i: number) => `calc(${dark[i]} + ${+(light[i]! - dark[i]!).toFixed(4)} * ${step})`;
  return `oklch(from ${origin} ${channel(0)} ${channel(1)} ${channel(2)})`;
}
