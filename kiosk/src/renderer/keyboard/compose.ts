/**
 * The text model behind the on-screen keyboard, with no DOM: the search text is what the visitor
 * typed, and its trailing run of latin letters (with the spaces between syllables) is pinyin still
 * waiting to become hanzi. The candidate bar offers words for that run; choosing one replaces the
 * run. Letters nobody converts stay as they are, since the search engine understands pinyin and
 * English too, so an unconverted query still finds things.
 */

/** Long enough for any service name, short enough that a child leaning on a key stops somewhere. */
export const MAX_QUERY_LENGTH = 40;

/** simple-keyboard's names for the function keys this keyboard has. */
export const KEY = { space: '{space}', backspace: '{bksp}', clear: '{clear}' } as const;

const TRAILING_PINYIN = /[a-z]+(?: +[a-z]+)* *$/i;

/** The pinyin still being typed at the end of `text` (`shang b` in `专利shang b`), or ''. */
export function pendingPinyin(text: string): string {
  const match = TRAILING_PINYIN.exec(text);
  return match ? match[0].trim() : '';
}

/** Where the pending pinyin starts in `text` (its length when there is none): a chosen word replaces from here. */
export function pinyinStart(text: string): number {
  const match = TRAILING_PINYIN.exec(text);
  return match && match[0].trim() ? match.index : text.length;
}

/** The text after one key press. Unknown function keys change nothing. */
export function typeKey(text: string, button: string): string {
  if (button === KEY.backspace) return Array.from(text).slice(0, -1).join('');
  if (button === KEY.clear) return '';
  if (button === KEY.space) {
    // A space separates syllables or words; leading and doubled spaces mean nothing.
    return text === '' || text.endsWith(' ') ? text : clip(`${text} `);
  }
  if (button.startsWith('{')) return text;
  return clip(text + button.toLowerCase());
}

/** Replace the pending pinyin with the chosen word. */
export function chooseCandidate(text: string, word: string): string {
  return clip(text.slice(0, pinyinStart(text)) + word);
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('') : text;
}
