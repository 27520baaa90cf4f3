/** Character classes and segmentation of normalized text. */

/** Hanzi in the BMP blocks search indexes (Extension A, URO, compatibility ideographs). */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export interface Segment {
  /** `han`: one hanzi per unit; `word`: a run of other letters and digits. */
  type: 'han' | 'word';
  text: string;
  /** Offset in the normalized text. */
  start: number;
  /** True when a space (or the start) comes right before it, so pinyin syllables may not span. */
  spaced: boolean;
}

/** Splits normalized text into hanzi runs and word runs; spaces and other characters separate. */
export function segment(normalized: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let spaced = true;
  while (i < normalized.length) {
    const code = normalized.charCodeAt(i);
    if (code === 32) {
      spaced = true;
      i++;
      continue;
    }
    const han = isHan(code);
    let j = i + 1;
    while (j < normalized.length) {
      const c = normalized.charCodeAt(j);
      if (c === 32 || isHan(c) !== han) break;
      j++;
    }
    out.push({ type: han ? 'han' : 'word', text: normalized.slice(i, j), start: i, spaced });
    spaced = false;
    i = j;
  }
  return out;
}

/** Word kind: letters only, digits only, or a mixed code. */
export function wordKind(word: string): 'alpha' | 'num' | 'code' {
  const digits = /[0-9]/.test(word);
  const letters = /[^0-9]/.test(word);
  return digits && letters ? 'code' : digits ? 'num' : 'alpha';
}
