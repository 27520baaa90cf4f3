/** What is wrong at the first offending character of a JSON text. */
export interface JsonErrorLocation {
  offset: number;
  kind: 'end' | 'unexpected' | 'fullWidth' | 'trailingComma' | 'newlineInString' | 'badEscape';
  char?: string;
}

/** Punctuation a Chinese IME types in place of JSON's ASCII: ， ： “ ” ｛ ｝ ［ ］ … */
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef\u2018-\u201d]/u;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop {
  constructor(readonly location: JsonErrorLocation) {}
}

/**
 * Find the first syntax error in a JSON text, or undefined when it parses. A small
 * recursive-descent scan (no values built), used only after JSON.parse has failed.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const stop = (kind: JsonErrorLocation['kind'], at = i): never => {
    throw new Stop(kind === 'end' ? { offset: at, kind } : { offset: at, kind, char: text[at] ?? '' });
  };
  const unexpected = (at = i): never => {
    const c = text[at];
    if (c === undefined) return stop('end', at);
    return stop(FULL_WIDTH.test(c) ? 'fullWidth' : 'unexpected', at);
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('end');
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') stop('newlineInString');
      if (c! < ' ') unexpected();
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('badEscape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) stop('badEscape');
        i += 2;
        continue;
      }
      i++;
    }
  };
  /** `}` or `]` right after a comma: point at the comma, which is what has to go. */
  const closing = (close: string, comma: number) => {
    space();
    if (text[i] === close) stop('trailingComma', comma);
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') unexpected();
        string();
        space();
        if (text[i] !== ':') unexpected();
        i++;
        value();
        space();
        if (text[i] === ',') {
          closing('}', i++);
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        unexpected();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          closing(']', i++);
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        unexpected();
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && number[0].length > 0) {
      i += number[0].length;
      return;
    }
    unexpected();
  };
  try {
    value();
    space();
    if (i < text.length) unexpected();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.location;
    throw error;
  }
}
