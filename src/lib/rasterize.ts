// Turns a self-contained SVG string into a PNG at a given scale (the SVG's fonts are embedded, so text matches).
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw to a canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies a PNG to the clipboard where the browser allows it; says why not otherwise. */
export async function copyPng(blob: Blob): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return { ok: false, reason: 'This browser does not let pages copy images; use Export PNG instead.' };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `The browser refused to copy the image (${e instanceof Error ? e.message : 'permission denied'}); use Export PNG instead.` };
  }
}
