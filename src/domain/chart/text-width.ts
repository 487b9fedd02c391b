// A text's width in Inter, estimated from its characters: labels are placed the same way on screen and in an
// export, without measuring in the DOM (a forced layout per label).

/** Average advances in em, a little generous so that estimates err towards room. */
const NARROW = /[ .,:;'!|il1()-]/;
const UPPER = /[A-Z0-9%~≈]/;

/** Wide scripts (CJK and the like) take about a full em per character. */
const isWide = (code: number) => code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60));

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += isWide(code) ? 1 : NARROW.test(ch) ? 0.34 : UPPER.test(ch) ? 0.66 : 0.56;
  }
  return em * fontSize;
}
