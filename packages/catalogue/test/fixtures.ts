/** Shared builders for catalogue tests: small valid records that each test bends one way. */
import { i18nFor } from '@yizhan/i18n/node';
import type { TFunction } from '@yizhan/i18n';
import { List, type ListInput, type OutletInput, type ServiceItemInput } from '../src/index.js';
import type { SourceList } from '../src/overlay.js';

export const tEn: TFunction = i18nFor('en').t;
export const tZh: TFunction = i18nFor('zh-CN').t;

export function item(id: string, extra: Partial<ServiceItemInput> = {}): ServiceItemInput {
  return {
    id,
    name: { 'zh-CN': `事项 ${id}`, en: `Item ${id}` },
    category: 'patent',
    handlingType: 'commitment',
    ...extra,
  };
}

export function outlet(id: string, extra: Partial<OutletInput> = {}): OutletInput {
  return {
    id,
    name: { 'zh-CN': `网点 ${id}` },
    type: 'tisc',
    regionCode: '110000',
    address: { 'zh-CN': '北京市海淀区（示例地址）' },
    ...extra,
  };
}

export function listInput(id: string, extra: Partial<ListInput> = {}): ListInput {
  return {
    formatVersion: 1,
    id,
    name: { 'zh-CN': `目录 ${id}` },
    publisher: { name: { 'zh-CN': `发布者 ${id}` }, level: extra.extends ? 'provincial' : 'national' },
    tier: extra.extends ? 'individual' : 'common',
    version: '1',
    updatedAt: '2025-01-01',
    ...extra,
  };
}

/** A parsed list ready for resolveCatalogue; throws if the fixture itself is invalid. */
export function source(id: string, extra: Partial<ListInput> = {}, file = `${id}.json`): SourceList {
  return { list: List.parse(listInput(id, extra)), file };
}
