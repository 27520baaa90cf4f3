import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveAppRequest } from '../../src/core/app-protocol.js';
import { kioskCsp, securityHeaders } from '../../src/core/csp.js';

const roots = { rendererDir: '/opt/yizhan/renderer', bundleDir: '/var/lib/yizhan/content/current' };

describe('app:// file mapping', () => {
  it('serves the app shell, its assets and the active bundle', () => {
    assert.deepEqual(resolveAppRequest('app://kiosk/', roots), {
      kind: 'file',
      path: '/opt/yizhan/renderer/index.html',
      contentType: 'text/html; charset=utf-8',
      area: 'renderer',
    });
    assert.equal(
      (resolveAppRequest('app://kiosk/assets/app-1a2b.js', roots) as { path: string }).path,
      '/opt/yizhan/renderer/assets/app-1a2b.js',
    );
    assert.deepEqual(resolveAppRequest('app://kiosk/bundle/search-index.json', roots), {
      kind: 'file',
      path: '/var/lib/yizhan/content/current/search-index.json',
      contentType: 'application/json; charset=utf-8',
      area: 'bundle',
    });
  });

  it('serves the app shell for client-side routes', () => {
    assert.equal(
      (resolveAppRequest('app://kiosk/guide/tm-renewal', roots) as { path: string }).path,
      '/opt/yizhan/renderer/index.html',
    );
  });

  const escapes = [
    'app://kiosk/../../etc/passwd',
    'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
    'app://kiosk/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://kiosk/bundle/..%2f..%2f..%2fetc/shadow',
    'app://kiosk/bundle/%2e%2e/%2e%2e/renderer/index.html',
    'app://kiosk/assets/..%5c..%5cwindows%5cwin.ini',
    'app://kiosk/assets/a%00.js',
    'app://kiosk/assets/%E0%A4%A',
    'app://kiosk/bundle/',
    'app://other/index.html',
    'app://kiosk.evil/index.html',
  ];
  for (const url of escapes) {
    it(`never leaves its root for ${url}`, () => {
      const target = resolveAppRequest(url, roots);
      if (target.kind === 'file') {
        const inside =
          target.path.startsWith('/opt/yizhan/renderer/') || target.path.startsWith('/var/lib/yizhan/content/current/');
        assert.ok(inside, `escaped to ${target.path}`);
      }
    });
  }

  it('has no bundle to serve before one is verified', () => {
    assert.deepEqual(resolveAppRequest('app://kiosk/bundle/catalogue.json', { ...roots, bundleDir: undefined }), {
      kind: 'not-found',
      reason: 'no bundle',
    });
  });
});

describe('content security policy', () => {
  const csp = kioskCsp('https://intake.example.cn/v1/');
  const directives = new Map(
    csp.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name, values] as const;
    }),
  );

  it('allows scripts and styles from the app only, never inline or eval', () => {
    assert.deepEqual(directives.get('script-src'), ["'self'"]);
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('lets the page talk only to itself and the intake server origin', () => {
    assert.deepEqual(directives.get('connect-src'), ["'self'", 'https://intake.example.cn']);
  });

  it('forbids plugins, framing, forms and base changes', () => {
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('object-src'), ["'none'"]);
    assert.deepEqual(directives.get('frame-src'), ["'none'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('form-action'), ["'none'"]);
    assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  });

  it('goes out with nosniff, no referrer and a permissions policy that turns devices off', () => {
    const headers = securityHeaders(csp);
    assert.equal(headers['Content-Security-Policy'], csp);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Referrer-Policy'], 'no-referrer');
    assert.match(headers['Permissions-Policy'] ?? '', /camera=\(\), microphone=\(\), geolocation=\(\)/);
  });
});
