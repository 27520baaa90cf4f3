import { expect } from '@open-wc/testing';
import { createI18n } from '@yizhan/i18n';
import type { ResolvedItem } from '@yizhan/catalogue';
import { Receipt } from '../../src/core/receipt.js';
import { consultationReceipt, guideReceipt, type Words } from '../../src/renderer/receipt/compose.js';
import { qrModules } from '../../src/renderer/handoff/qr.js';
import { demoContent } from './helpers.js';

async function words(lang: string): Promise<Words> {
  const i18n = await createI18n(lang, ['kiosk', 'common', 'catalogue']);
  const pick = (value: Readonly<Record<string, string>> | undefined) => value?.[lang] ?? value?.['zh-CN'] ?? '';
  return {
    lang,
    t: (key, options = {}) => i18n.t(key, { ns: 'kiosk', ...options }) as string,
    text: pick,
    date: (value, options) =>
      new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', ...options }).format(new Date(value)),
    number: (value, options) => new Intl.NumberFormat(lang, options).format(value),
  };
}

describe('receipts', () => {
  it('summarise a guide for 80 mm paper: window, hours, time limit, fees, ticked materials, steps, QR', async () => {
    const { catalogue } = await demoContent();
    const item = catalogue.items.find((i) => i.id === 'tm-registration') as ResolvedItem;
    const hall = catalogue.outlets.find((o) => o.id === 'cd-centre');
    const url = 'https://ip.chengdu.example.cn/#item=tm-registration';
    const receipt = Receipt.parse(
      guideReceipt({
        words: await words('zh-CN'),
        item,
        hall,
        windows: hall!.windows.filter((w) => w.itemIds.includes(item.id)),
        hours: ['周一至周五：9:00–17:30'],
        qr: { url, modules: await qrModules(url) },
        kind: 'guide',
      }),
    );
    expect(receipt.title).to.equal('商标注册申请');
    expect(receipt.subtitle).to.equal('成都市知识产权服务中心');
    const headings = receipt.sections.map((s) => s.heading);
    expect(headings).to.deep.equal(['办理窗口', '办公时间', '办理时限', '收费标准', '申请材料', '办理流程']);
    expect(receipt.sections[0]!.lines[0]).to.contain('综合受理3号窗口');
    const materials = receipt.sections.find((s) => s.heading === '申请材料')!;
    expect(materials.checkboxes).to.equal(true);
    expect(materials.lines[0]).to.equal('商标注册申请书：原件 1 份，必须提交');
    expect(receipt.qr?.caption).to.equal('手机扫码查看完整办事指南');
    expect(receipt.footer).to.contain('不含个人信息');
  });

  it('never calls a charged fee without fixed amounts free: it prints how it is charged', async () => {
    const { catalogue } = await demoContent();
    const item = catalogue.items.find((i) => i.id === 'protection-arbitration') as ResolvedItem;
    const receipt = Receipt.parse(
      guideReceipt({ words: await words('zh-CN'), item, hall: undefined, windows: [], hours: [], kind: 'guide' }),
    );
    expect(receipt.sections.find((s) => s.heading === '收费标准')!.lines).to.deep.equal([
      '本事项收费，金额不固定，按以下说明计算。',
      '仲裁费用按仲裁委员会收费标准收取。',
    ]);
  });

  it('prints only the checklist when asked, in the visitor language', async () => {
    const { catalogue } = await demoContent();
    const item = catalogue.items.find((i) => i.id === 'tm-registration') as ResolvedItem;
    const receipt = Receipt.parse(
      guideReceipt({ words: await words('en'), item, hall: undefined, windows: [], hours: [], kind: 'checklist' }),
    );
    expect(receipt.kind).to.equal('checklist');
    expect(receipt.locale).to.equal('en');
    expect(receipt.title).to.match(/^Checklist: /);
    expect(receipt.sections).to.have.length(1);
    expect(receipt.qr).to.equal(undefined);
  });

  it('gives a consultation its reference, due date and masked contact, nothing else personal', async () => {
    const receipt = Receipt.parse(
      consultationReceipt({
        words: await words('zh-CN'),
        reference: 'YZ-20261124-7K3Q9P',
        dueDate: '2026-11-27',
        replyChannel: 'sms',
        contact: '138****5678',
        hall: undefined,
      }),
    );
    expect(receipt.kind).to.equal('consultation');
    expect(receipt.reference).to.equal('YZ-20261124-7K3Q9P');
    expect(receipt.sections[0]!.lines).to.deep.equal([
      '承诺答复日期：2026年11月27日',
      '答复方式：短信（138****5678）',
      '凭受理编号可在门户网站查询进度或评价。',
    ]);
  });
});
