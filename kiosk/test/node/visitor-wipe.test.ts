import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decidePermission } from '../../src/core/permissions.js';
import { VISITOR_PARTITION, visitorWipePlan } from '../../src/core/wipe.js';

describe('visitor wipe plan', () => {
  const plan = visitorWipePlan('en');

  it('uses an in-memory partition (never persist:)', () => {
    assert.equal(plan.partition, VISITOR_PARTITION);
    assert.doesNotMatch(plan.partition, /^persist:/);
  });

  it('clears everything a visitor could leave behind in the browser', () => {
    for (const storage of ['cookies', 'localstorage', 'cachestorage', 'serviceworkers', 'filesystem', 'shadercache'])
      assert.ok(plan.storages.includes(storage as never), storage);
    assert.equal(plan.clearHttpCache, true);
    assert.equal(plan.clearAuthCache, true);
    assert.equal(plan.closePopups, true);
    assert.equal(plan.clearHistoryAndReload, true);
  });

  it('keeps the outbox and the content cache', () => {
    assert.ok(!plan.storages.includes('indexdb' as never), 'IndexedDB holds the outbox: not cleared');
    assert.ok(plan.kept.some((k) => k.startsWith('outbox')));
    assert.ok(plan.kept.some((k) => k.startsWith('content cache')));
  });

  it('has the renderer drop drafts, history, ticked checklists and return to the default language', () => {
    for (const reset of ['drafts', 'history', 'checklists', 'sessionStorage', 'elderlyMode', 'locale'])
      assert.ok(plan.rendererResets.includes(reset), reset);
    assert.equal(plan.locale, 'en');
  });
});

describe('permission policy', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'pointerLock',
    'hid',
    'usb',
    'serial',
    'openExternal',
    'display-capture',
    'local-fonts',
    'unknown',
  ];
  for (const permission of permissions) {
    it(`denies ${permission} even to the app itself`, () => {
      assert.equal(decidePermission(permission, 'app://kiosk/').granted, false);
    });
  }
});
