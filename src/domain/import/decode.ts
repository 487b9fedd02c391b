// Bytes to text: UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused with what it looks like.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const SAVE_AS = 'Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.';

/** UTF-16 without a BOM shows as a NUL byte beside most ASCII characters: at odd offsets for LE, even for BE. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return { ok: false, reason: `The file looks like ${utf16.toUpperCase()} text without a byte-order mark (every other byte is empty), so its encoding cannot be told for sure. ${SAVE_AS}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, reason: `The file is not UTF-8 text. ${SAVE_AS}` };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, reason: `The file holds a NUL character (character ${nul + 1}); it is binary or in another encoding. ${SAVE_AS}` };
  return { ok: true, text };
}
