import { Workbox } from 'workbox-window';

/**
 * kiosk:web only (Electron's app:// scheme cannot have a service worker): register the Workbox
 * service worker that precaches the app shell and keeps the bundle stale-while-revalidate, so the
 * kiosk starts with no network. A new version takes over at once (skipWaiting, clientsClaim): the
 * kiosk reloads between visitors anyway.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  try {
    await wb.register();
  } catch (error) {
    console.warn('service worker not registered', error);
  }
}
