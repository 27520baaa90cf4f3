import { FORMAT_VERSION, List } from './schema/list.js';
import { formatPath, parseWith, problem, type MessageContext, type Problem } from './problems.js';

export interface ParsedList {
  list?: List;
  problems: Problem[];
}

/** Validate a parsed JSON document as a Yizhan list, reporting every problem at once. */
export function parseList(data: unknown, ctx: MessageContext): ParsedList {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('formatVersion' in data)) {
    return { problems: [problem(ctx, '', 'file.notAList')] };
  }
  const version = (data as { formatVersion: unknown }).formatVersion;
  if (version !== FORMAT_VERSION) {
    return {
      problems: [
        // JSON spelling, so that the string "1" does not read as the supported number 1.
        problem(ctx, 'formatVersion', 'file.formatVersion', {
          version: JSON.stringify(version),
          supported: FORMAT_VERSION,
        }),
      ],
    };
  }
  const { data: list, problems } = parseWith(List, data, ctx, (path) => ({ where: formatPath(path) }));
  return list ? { list, problems } : { problems };
}
