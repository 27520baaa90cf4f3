/** Build-time pinyin through pinyin-pro (never shipped: the runtime reads the tables it yields). */
import { pinyin } from 'pinyin-pro';
import { isHan } from '../text.js';

const SYLLABLE = /^[a-z]{1,6}$/;

function clean(s: string): string | undefined {
  const lower = s.toLowerCase().replace(/ü/g, 'v');
  return SYLLABLE.test(lower) ? lower : undefined;
}

/**
 * Toneless syllable of every character of `text` read in context (银行 → yin hang), or
 * undefined for characters that are not hanzi.
 */
export function contextPinyin(text: string): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(text.length).fill(undefined);
  for (let i = 0; i < text.length;) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isHan(text.charCodeAt(j))) j++;
    const run = text.slice(i, j);
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
    const aligned =
      syllables.length === run.length ? syllables : [...run].map((c) => pinyin(c, { toneType: 'none', v: true }));
    aligned.forEach((s, k) => (out[i + k] = clean(s)));
    i = j;
  }
  return out;
}

/** Every reading of one character (行 → xing, hang, heng), toneless and without duplicates. */
export function allReadings(char: string): string[] {
  const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
  return [...new Set(readings.map(clean).filter((s): s is string => s !== undefined))];
}
