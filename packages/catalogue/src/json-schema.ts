import { z } from 'zod';
import { List } from './schema/list.js';
import { Manifest } from './schema/bundle.js';
import { ServiceItem } from './schema/item.js';
import { Outlet } from './schema/outlet.js';

export const SCHEMA_BASE = 'https://yizhan.dev/schema/v1/';

/**
 * JSON Schema (draft 2020-12) documents generated from the zod schemas, for tools in other
 * languages. Custom refinements (zh-CN required, duplicate ids, overlay rules) cannot be
 * expressed in JSON Schema; `yizhan validate` checks them.
 */
export function jsonSchemas(): Record<string, object> {
  const make = (name: string, schema: z.ZodType, title: string) => ({
    $id: `${SCHEMA_BASE}${name}`,
    title,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  });
  return {
    'list.schema.json': make('list.schema.json', List, 'Yizhan service list (interchange format v1)'),
    'service-item.schema.json': make('service-item.schema.json', ServiceItem, 'Yizhan service item'),
    'outlet.schema.json': make('outlet.schema.json', Outlet, 'Yizhan service outlet'),
    'manifest.schema.json': make('manifest.schema.json', Manifest, 'Yizhan bundle manifest'),
  };
}
