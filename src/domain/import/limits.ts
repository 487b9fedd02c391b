// Limits checked before any parsing, so a huge or very wide file is refused with a message, not a frozen tab.
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_COLUMNS = 500;

export function checkSize(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES
    ? `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused.`
    : null;
}
