import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Receipt, renderReceiptHtml } from '../../src/core/receipt.js';

const qrRow = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? '1' : '0')).join('');

describe('receipt', () => {
  const receipt = Receipt.parse({
    kind: 'checklist',
    locale: 'zh-CN',
    title: '注册商标续展 <办理指南>',
    reference: 'YZ-20261124-7K3Q9P',
    sections: [
      { heading: '需要的材料', lines: ['商标续展注册申请书', '<img src=x onerror=alert(1)>'], checkboxes: true },
    ],
    qr: { modules: Array.from({ length: 21 }, () => qrRow(21)), caption: '用手机扫码查看完整指南' },
    footer: '成都市知识产权服务中心',
  });
  const html = renderReceiptHtml(receipt, { paperMm: 80, printedAt: '2026年11月24日 10:00' });

  it('escapes every visitor- and catalogue-supplied string', () => {
    assert.ok(html.includes('注册商标续展 &lt;办理指南&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<img'));
  });

  it('runs no script and loads nothing', () => {
    assert.match(
      html,
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/,
    );
    assert.ok(!/<script/i.test(html));
  });

  it('lays out for the printable width of 80 mm paper, and of 58 mm paper', () => {
    assert.match(html, /width: 72mm/);
    assert.match(renderReceiptHtml(receipt, { paperMm: 58, printedAt: '' }), /width: 48mm/);
  });

  it('prints tick boxes for a checklist, the reference large, and the QR code as vector modules', () => {
    assert.equal(html.match(/class="box"/g)?.length, 2);
    assert.match(html, /class="ref">YZ-20261124-7K3Q9P</);
    assert.match(html, /<svg[^>]*viewBox="0 0 29 29"/);
  });

  it('refuses a QR code that is not square and markup smuggled as QR data', () => {
    assert.equal(
      Receipt.safeParse({ ...receipt, qr: { modules: [...Array(20).fill(qrRow(21)), qrRow(22)], caption: '' } })
        .success,
      false,
    );
    assert.equal(
      Receipt.safeParse({ ...receipt, qr: { modules: Array(21).fill('"/><script>'), caption: '' } }).success,
      false,
    );
  });
});
