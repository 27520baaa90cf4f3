/** Query-time pinyin: the syllable inventory and character readings shipped in the index. */
import { syllableCode } from './format.js';

/** Letters a syllable can start with; `zh`, `ch`, `sh` are initials too. */
const INITIAL_LETTERS = 'bpmfdtnlgkhjqxrzcsywaoe';
const TWO_LETTER_INITIALS = new Set(['zh', 'ch', 'sh']);

export interface PinyinUnit {
  text: string;
  /** A complete syllable (matched exactly unless `prefix`). */
  full: boolean;
  /** Matches any syllable that starts with `text` (an initial, or the syllable being typed). */
  prefix: boolean;
}

export class PinyinTable {
  readonly syllables: string[];
  private readonly index = new Map<string, number>();
  private prefixes: Set<string> | undefined;
  private charReadings: Map<string, number[]> | undefined;

  constructor(
    syllables: string,
    private readonly chars: Record<string, string>,
  ) {
    this.syllables = syllables ? syllables.split(' ') : [];
    this.syllables.forEach((s, i) => this.index.set(s, i));
  }

  isSyllable(text: string): boolean {
    return this.index.has(text);
  }

  code(syllable: string): string | undefined {
    const i = this.index.get(syllable);
    return i === undefined ? undefined : syllableCode(i);
  }

  isSyllablePrefix(text: string): boolean {
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const s of this.syllables) for (let i = 1; i <= s.length; i++) this.prefixes.add(s.slice(0, i));
    }
    return this.prefixes.has(text);
  }

  /** Syllable codes a character can be read as (all readings of a polyphone), built on first use. */
  readings(char: string): number[] {
    if (!this.charReadings) {
      this.charReadings = new Map();
      for (const [syllable, chars] of Object.entries(this.chars)) {
        const i = this.index.get(syllable);
        if (i === undefined) continue;
        for (const c of chars) {
          const list = this.charReadings.get(c);
          if (list) list.push(i);
          else this.charReadings.set(c, [i]);
        }
      }
    }
    return this.charReadings.get(char) ?? [];
  }

  /** Characters that can be read as this syllable. */
  charsOf(syllable: string): string {
    return Object.hasOwn(this.chars, syllable) ? this.chars[syllable]! : '';
  }

  /**
   * Splits typed letters into syllables: `shangbiaozhuce` → shang·biao·zhu·ce, `sbzc` → four
   * initials, `shangbiao xu` → shang·biao·xu with the last one open as a prefix. Spaces and
   * apostrophes (already spaces) are boundaries no syllable crosses. Prefers complete syllables,
   * then fewer units, then a longer first syllable (chang·an over chan·gan). Undefined when the
   * letters cannot be read as pinyin.
   */
  parse(input: string, lastIsPrefix: boolean): PinyinUnit[] | undefined {
    const letters = input.replace(/ /g, '');
    if (!/^[a-z]+$/.test(letters) || letters.length > 96) return undefined;
    const boundary = new Set<number>();
    let at = 0;
    for (const ch of input) {
      if (ch === ' ') boundary.add(at);
      else at++;
    }
    const n = letters.length;
    const cost = new Array<number>(n + 1).fill(Infinity);
    const next: Array<PinyinUnit & { end: number }> = new Array(n + 1);
    cost[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      let limit = Math.min(n, i + 6);
      for (let j = i + 1; j <= limit; j++) {
        if (boundary.has(j) && j < limit) limit = j;
      }
      for (let j = limit; j > i; j--) {
        if (cost[j] === Infinity) continue;
        const piece = letters.slice(i, j);
        const last = j === n && lastIsPrefix;
        let unit: PinyinUnit | undefined;
        let c: number;
        if (this.isSyllable(piece)) {
          unit = { text: piece, full: true, prefix: last };
          c = 1;
        } else if (last && this.isSyllablePrefix(piece)) {
          unit = { text: piece, full: false, prefix: true };
          c = 1.2;
        } else if ((piece.length === 1 && INITIAL_LETTERS.includes(piece)) || TWO_LETTER_INITIALS.has(piece)) {
          unit = { text: piece, full: false, prefix: true };
          c = 1.6;
        } else continue;
        const total = c + cost[j]!;
        if (total < cost[i]!) {
          cost[i] = total;
          next[i] = { ...unit, end: j };
        }
      }
    }
    if (cost[0] === Infinity) return undefined;
    const units: PinyinUnit[] = [];
    for (let i = 0; i < n;) {
      const u = next[i]!;
      units.push({ text: u.text, full: u.full, prefix: u.prefix });
      i = u.end;
    }
    return units;
  }
}

/**
 * Letters read as nothing but initials (`lzssbzyqzydj`), for abbreviations that the syllable
 * parse would read partly as syllables (…`ba` for 备案). Undefined when a letter cannot begin
 * a syllable.
 */
export function parseInitials(input: string): PinyinUnit[] | undefined {
  const letters = input.replace(/ /g, '');
  // a, o and e begin syllables of their own (案, 欧, 恩); i, u and v never do.
  if (letters.length < 2 || letters.length > 24 || /[^bpmfdtnlgkhjqxrzcsywaoe]/.test(letters)) return undefined;
  return [...letters].map((text) => ({ text, full: false, prefix: true }));
}

/**
 * Whether a parse is a plausible pinyin query rather than an English word that happens to
 * split: complete syllables (the last one possibly unfinished), or nothing but initials
 * (`sbzc`; a lone vowel letter counts as an initial there).
 */
export function plausiblePinyin(units: readonly PinyinUnit[]): boolean {
  const initials = units.filter((u, i) => !u.full && i < units.length - 1).length;
  return initials === 0 || isAbbreviation(units);
}

export function isAbbreviation(units: readonly PinyinUnit[]): boolean {
  return units.length > 1 && units.every((u) => !u.full || u.text.length === 1);
}
