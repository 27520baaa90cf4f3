import { FORMAT_VERSION, List } from './schema/list.js';
import { formatPath, parseWith, problem, type MessageContext, type Problem } from './problems.js';
import { checkableList } from './checkable-list.js';

export interface ParsedList {
  list?: List;
  problems: Problem[];
  /** Without `list`: the list for overlay checks only, when its problems allow (checkable-list.ts). */
  checkOnly?: List;
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
  if (list) return { list, problems };
  const checkOnly = checkableList(data);
  return checkOnly ? { problems, checkOnly } : { problems };
}
