/**
 * A PNG of a self-contained SVG at `scale` times its size (2 by default, for sharp
 * pictures on high-density screens and in print). The SVG is drawn as an image, so its
 * text uses the fonts installed on the reader's system: CJK fonts included, web fonts not.
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas context');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
