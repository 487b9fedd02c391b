import { describe, expect, it } from 'vitest';
import { checkSize } from '../../../src/domain/import/limits';

describe('the file size limit', () => {
  it('accepts a file of up to 50 MB', () => {
    expect(checkSize(0)).toBeNull();
    expect(checkSize(50 * 1024 * 1024)).toBeNull();
  });

  it('refuses a larger file, giving its size in MB and the limit', () => {
    expect(checkSize(50 * 1024 * 1024 + 1)).toBe('The file is 50.0 MB; files over 50 MB are refused.');
    expect(checkSize(123.46 * 1024 * 1024)).toBe('The file is 123.5 MB; files over 50 MB are refused.');
  });
});
