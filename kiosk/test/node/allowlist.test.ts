import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APP_ORIGIN, OriginAllowlist } from '../../src/core/allowlist.js';

const list = new OriginAllowlist([APP_ORIGIN, 'https://portal.example.cn']);

describe('navigation allowlist', () => {
  const allowed = [
    'app://kiosk/',
    'app://kiosk/guide/tm-renewal?from=search#materials',
    'https://portal.example.cn/',
    'https://portal.example.cn/service/123',
    'https://PORTAL.example.cn/',
    'https://portal.example.cn:443/x',
  ];
  for (const url of allowed) it(`allows ${url}`, () => assert.equal(list.allows(url), true));

  const hostile: [string, string][] = [
    ['https://portal.example.cn.evil.com/', 'origin'],
    ['https://evil.com/portal.example.cn', 'origin'],
    ['https://evilportal.example.cn/', 'origin'],
    ['https://sub.portal.example.cn/', 'origin'],
    ['https://portal.example.cn@evil.com/', 'credentials'],
    ['https://user:pass@portal.example.cn/', 'credentials'],
    ['https://portal.example.cn%2F@evil.com/', 'credentials'],
    ['http://portal.example.cn/', 'origin'],
    ['https://portal.example.cn:8443/', 'origin'],
    ['javascript:alert(document.domain)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['blob:app://kiosk/0f6b2a', 'scheme'],
    ['about:blank', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['devtools://devtools/bundled/inspector.html', 'scheme'],
    ['view-source:https://portal.example.cn/', 'scheme'],
    ['app://kiosk.evil/', 'origin'],
    ['app://evil/', 'origin'],
    ['//portal.example.cn/', 'unparseable'],
    ['', 'unparseable'],
  ];
  for (const [url, reason] of hostile) {
    it(`denies ${JSON.stringify(url)} (${reason})`, () =>
      assert.deepEqual(list.verdict(url), { allowed: false, reason }));
  }

  it('an empty list denies even the app itself', () => {
    assert.equal(new OriginAllowlist([]).allows('app://kiosk/'), false);
  });
});
