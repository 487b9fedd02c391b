import { describe, expect, it } from 'vitest';
import { decodeText, sniffUtf16 } from '../../../src/domain/import/decode';

const SAVE_AS = 'Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.';
const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('UTF-8', () => {
  it('drops a leading byte-order mark and keeps one inside the text', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Model,MMLU')))).toEqual({ ok: true, text: 'Model,MMLU' });
    expect(decodeText(utf8('Model,Note\nA,x\uFEFFy'))).toEqual({ ok: true, text: 'Model,Note\nA,x\uFEFFy' });
  });

  it('drops a byte-order mark written twice (a tool adding one to a file that had one), so the first header reads', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('Model,MMLU')))).toEqual({ ok: true, text: 'Model,MMLU' });
  });

  it.each([
    ['þorn,1', [0xfe, 0x6f, 0x72, 0x6e, 0x2c, 0x31]],
    ['ÿes,1', [0xff, 0x65, 0x73, 0x2c, 0x31]],
    ['Aþ,1', [0x41, 0xfe, 0x2c, 0x31]],
    ['Aÿ,1', [0x41, 0xff, 0x2c, 0x31]],
  ])('refuses Latin-1 text %j, though a byte looks like half a UTF-16 mark', (_, b) => {
    expect(decodeText(bytes(...b))).toEqual({ ok: false, reason: `The file is not UTF-8 text. ${SAVE_AS}` });
  });

  it.each([
    ['\0Model,MMLU', 1],
    ['Model\0,MMLU', 6],
  ])('refuses text holding a NUL, saying which character: %j', (text, at) => {
    expect(decodeText(utf8(text))).toEqual({ ok: false, reason: `The file holds a NUL character (character ${at}); it is binary or in another encoding. ${SAVE_AS}` });
  });

  it('calls a file of zero bytes binary, not UTF-16', () => {
    expect(sniffUtf16(new Uint8Array(64))).toBeNull();
    expect(decodeText(new Uint8Array(64))).toMatchObject({ ok: false, reason: expect.stringContaining('NUL character (character 1)') });
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is not guessed from fewer than four bytes', () => {
    expect(sniffUtf16(bytes(0x41, 0))).toBeNull();
    expect(decodeText(bytes(0x41, 0))).toMatchObject({ ok: false, reason: expect.stringContaining('NUL character (character 2)') });
  });

  it('is named from four bytes on, and refused with its name', () => {
    expect(sniffUtf16(bytes(0x41, 0, 0x42, 0))).toBe('utf-16le');
    expect(sniffUtf16(bytes(0, 0x41, 0, 0x42))).toBe('utf-16be');
    expect(decodeText(bytes(0, 0x41, 0, 0x42))).toEqual({
      ok: false,
      reason: `The file looks like UTF-16BE text without a byte-order mark (every other byte is empty), so its encoding cannot be told for sure. ${SAVE_AS}`,
    });
  });

  it('reads whole pairs only: a stray last byte does not count', () => {
    expect(sniffUtf16(bytes(0x41, 0, 0x42, 0, 0))).toBe('utf-16le');
  });
});
