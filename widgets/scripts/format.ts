import { format, resolveConfig } from 'prettier';

/** Generated files are committed and checked by `prettier --check`, so they are written formatted. */
export async function formatLike(file: string, text: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}
