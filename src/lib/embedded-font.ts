// The app's font (Inter, bundled by @fontsource) as @font-face rules with data URLs, so exported SVG and PNG
// render the same text on every machine, with no installed fonts and no external references.
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';

let cached: Promise<string> | null = null;

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;]*;/, 'data:font/woff2;'));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the font file'));
    reader.readAsDataURL(blob);
  });
}

export const EXPORT_FONT_FAMILY = "'Inter Export', 'Inter', sans-serif";

export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all([toDataUrl(inter400), toDataUrl(inter600)]).then(([regular, bold]) => [
    `@font-face{font-family:'Inter Export';font-weight:400;src:url(${regular}) format('woff2');}`,
    `@font-face{font-family:'Inter Export';font-weight:600;src:url(${bold}) format('woff2');}`,
  ].join(''));
  return cached;
}
