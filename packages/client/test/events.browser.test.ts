import { expect } from '@open-wc/testing';
import { createEventReporter } from '../src/index.js';

describe('event reporter in Chromium', () => {
  it('hands queued events to sendBeacon as JSON when the page is hidden (same origin)', async () => {
    const beacons: { url: string; type: string; body: string }[] = [];
    const reads: Promise<void>[] = [];
    const reporter = createEventReporter({
      baseUrl: location.origin,
      channel: 'web',
      locale: 'zh-CN',
      sendBeacon: (url, data) => {
        reads.push(data.text().then((body) => void beacons.push({ url, type: data.type, body })));
        return true;
      },
      fetch: () => Promise.reject(new Error('not expected')),
    });
    reporter.track({ type: 'search', query: '商标续展', resultCount: 3 });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await Promise.all(reads);
    reporter.stop();
    expect(beacons).to.have.length(1);
    expect(beacons[0]!.url).to.equal(`${location.origin}/v1/events`);
    expect(beacons[0]!.type).to.equal('application/json');
    expect(JSON.parse(beacons[0]!.body)).to.deep.equal({
      events: [{ type: 'search', query: '商标续展', resultCount: 3, channel: 'web', locale: 'zh-CN' }],
    });
  });

  it('uses fetch with keepalive and no credentials for a cross-origin intake server', async () => {
    const requests: RequestInit[] = [];
    let beaconed = 0;
    const reporter = createEventReporter({
      baseUrl: 'https://intake.example.cn',
      channel: 'web',
      sendBeacon: () => ++beaconed > 0,
      fetch: async (_url, init) => {
        requests.push(init ?? {});
        return new Response(null, { status: 202 });
      },
    });
    reporter.track({ type: 'view', itemId: 'tm-renewal' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    reporter.stop();
    expect(beaconed).to.equal(0);
    expect(requests).to.have.length(1);
    expect(requests[0]!.keepalive).to.equal(true);
    expect(requests[0]!.credentials).to.equal('omit');
  });
});
