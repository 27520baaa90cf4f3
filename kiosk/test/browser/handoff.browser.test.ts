import { expect } from '@open-wc/testing';
import { consultationLink, consultationLinkTemplate, guideLink } from '../../src/renderer/handoff/links.js';
import { qrModules, qrPathData } from '../../src/renderer/handoff/qr.js';
import { ReceiptQr } from '../../src/core/receipt.js';

describe('hand-off links and QR codes', () => {
  it('open the same guide or consultation on the portal, never the kiosk itself', () => {
    expect(guideLink('https://ip.chengdu.example.cn/services/', 'tm-registration')).to.equal(
      'https://ip.chengdu.example.cn/services/#item=tm-registration',
    );
    expect(guideLink('https://ip.chengdu.example.cn/#old', 'a b')).to.equal('https://ip.chengdu.example.cn/#item=a+b');
    expect(
      consultationLink('https://ip.chengdu.example.cn/', {
        reference: 'YZ-20261124-7K3Q9P',
        token: 't/k+n',
        ratingToken: 'r1',
      }),
    ).to.equal('https://ip.chengdu.example.cn/#yz-ref=YZ-20261124-7K3Q9P&yz-token=t%2Fk%2Bn&yz-rate=r1');
    expect(consultationLinkTemplate('https://ip.chengdu.example.cn/')).to.equal(
      'https://ip.chengdu.example.cn/#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}',
    );
    for (const portal of [undefined, '', 'not a url', 'app://kiosk/', 'javascript:alert(1)']) {
      expect(guideLink(portal, 'x'), String(portal)).to.equal(undefined);
    }
  });

  it('draws QR codes the receipt printer accepts, and the same modules on screen', async () => {
    const modules = await qrModules('https://ip.chengdu.example.cn/#item=tm-registration');
    expect(ReceiptQr.safeParse({ modules, caption: 'scan' }).success).to.equal(true);
    // Finder patterns: the top-left 7×7 square starts with a full dark row.
    expect(modules[0]!.slice(0, 7)).to.equal('1111111');
    const d = qrPathData(modules);
    const darkModules = modules
      .join('')
      .split('')
      .filter((c) => c === '1').length;
    const drawn = [...d.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).to.equal(darkModules);
    expect(d.startsWith('M4 4h7')).to.equal(true);
  });
});
