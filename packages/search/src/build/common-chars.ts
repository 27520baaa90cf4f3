/**
 * The common-character set: GB 2312's 6,763 hanzi (level 1: the 3,755 most common, level 2: the
 * rest), read from the platform's own GB 2312 decoder so no character list is copied into the
 * repository. Level 1 is the classic "常用字" set that query-time tables are built from.
 */
export interface CommonChars {
  /** Level 1 (3,755 characters), in GB 2312 order. */
  level1: string[];
  /** Levels 1 and 2 (6,763 characters). */
  all: Set<string>;
}

let cached: CommonChars | undefined;

export function commonChars(): CommonChars {
  if (cached) return cached;
  const decoder = new TextDecoder('gb2312');
  const level1: string[] = [];
  const all = new Set<string>();
  // Rows 16–55 hold level 1, rows 56–87 level 2 (EUC-CN lead bytes 0xB0–0xD7 and 0xD8–0xF7).
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!/^\p{Script=Han}$/u.test(char)) continue;
      all.add(char);
      if (lead <= 0xd7) level1.push(char);
    }
  }
  if (level1.length !== 3755 || all.size !== 6763) {
    throw new Error(`GB 2312 decoder gave ${level1.length}/${all.size} characters, expected 3755/6763`);
  }
  cached = { level1, all };
  return cached;
}
