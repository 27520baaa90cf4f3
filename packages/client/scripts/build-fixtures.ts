// Writes the bundles under test/fixtures/ that this package's tests (and the server's end-to-end
// tests) load over HTTP. Run after changing the catalogue format:
//   npx tsx packages/client/scripts/build-fixtures.ts
// The catalogue goes through the real zod schemas and the real bundle writer, so the fixtures are
// what `yizhan build` produces, plus a few deliberately broken copies.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Outlet, ServiceItem, type Catalogue, type ServiceItemInput } from '@yizhan/catalogue';
import { writeBundle } from '@yizhan/catalogue/node';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');

const publisher = {
  name: { 'zh-CN': '示例市知识产权公共服务中心', en: 'Sample City IP Service Centre' },
  level: 'municipal' as const,
  outletId: 'sample-centre',
};

const items: ServiceItemInput[] = [
  {
    id: 'tm-renewal',
    name: { 'zh-CN': '商标续展注册', en: 'Trademark renewal' },
    synonyms: ['商标到期', '续展'],
    category: 'trademark',
    audience: ['individual', 'enterprise'],
    handlingType: 'commitment',
    timeLimit: { promised: { value: 5, unit: 'working-days' } },
  },
  {
    id: 'patent-pledge',
    name: { 'zh-CN': '专利权质押登记', en: 'Registration of patent pledge' },
    category: 'finance',
    audience: ['enterprise', 'sme'],
    handlingType: 'commitment',
  },
  {
    id: 'ip-consult',
    name: { 'zh-CN': '知识产权咨询', en: 'IP consultation' },
    category: 'consultation',
    handlingType: 'instant',
    timeLimit: { promised: { value: 0, unit: 'instant' } },
  },
];

function catalogue(version: string, builtAt: string, extra: ServiceItemInput[] = []): Catalogue {
  const outlet = Outlet.parse({
    id: 'sample-centre',
    name: publisher.name,
    type: 'municipal-centre',
    regionCode: '510100',
    address: { 'zh-CN': '示例市示例路 1 号' },
    itemIds: [...items, ...extra].map((i) => i.id),
    sample: true,
  });
  return {
    formatVersion: 1,
    catalogueVersion: version,
    builtAt,
    publisher,
    lists: [{ id: 'sample-list', name: publisher.name, tier: 'individual', level: 'municipal', version }],
    items: [...items, ...extra].map((i) => ({ ...ServiceItem.parse(i), provenance: { '@': 'sample-list' } })),
    outlets: [{ ...outlet, provenance: { '@': 'sample-list' } }],
    regions: [{ code: '510100', name: { 'zh-CN': '示例市' } }],
    withdrawn: [],
  };
}

// Stands in for @yizhan/search's prebuilt index: the client treats it as opaque JSON.
const searchIndex = (version: string) => ({
  path: 'search-index.json',
  content: JSON.stringify({ fixture: 'search-index', catalogueVersion: version }),
});

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

async function rewriteManifest(dir: string, change: (manifest: Record<string, unknown>) => void) {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  change(manifest);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

const v1 = join(OUT, 'bundle-v1');
await writeBundle(v1, catalogue('2026.01', '2026-01-05T08:00:00.000Z'), [searchIndex('2026.01')]);
await writeBundle(
  join(OUT, 'bundle-v2'),
  catalogue('2026.02', '2026-02-02T08:00:00.000Z', [
    {
      id: 'gi-apply',
      name: { 'zh-CN': '地理标志产品保护申请', en: 'Geographical indication application' },
      category: 'geographical-indication',
      handlingType: 'commitment',
    },
  ]),
  [searchIndex('2026.02')],
);

// Same size, one byte changed after the manifest was written: only the SHA-256 catches it.
const tampered = join(OUT, 'bundle-tampered');
await cp(v1, tampered, { recursive: true });
const original = await readFile(join(tampered, 'catalogue.json'), 'utf8');
await writeFile(join(tampered, 'catalogue.json'), original.replace('商标续展注册', '商标续展注销'));

// A bundle of a format this client does not know.
const format2 = join(OUT, 'bundle-format2');
await cp(v1, format2, { recursive: true });
await rewriteManifest(format2, (m) => (m['formatVersion'] = 2));

// Correct hashes over a catalogue that is not JSON: a publisher's broken build, not tampering.
const malformed = join(OUT, 'bundle-malformed');
await cp(v1, malformed, { recursive: true });
const broken = '{"formatVersion": 1, "items": [';
await writeFile(join(malformed, 'catalogue.json'), broken);
await rewriteManifest(malformed, (m) => {
  m['files'] = (m['files'] as { path: string }[]).map((f) =>
    f.path === 'catalogue.json' ? { ...f, sha256: sha256(broken), size: Buffer.byteLength(broken) } : f,
  );
});

console.log(`fixtures written to ${OUT}`);
