import type { LocaleTable } from '../../resource.js';

const ui: LocaleTable = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  back: 'Back',
  print: 'Print',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  showQr: 'Show QR code',
  qrLabel: 'Scan the QR code to continue on your phone',
  offlineNotice: 'You are offline; showing the catalogue saved on {{date}}',
  updatedNotice: 'The service catalogue has been updated',
  error: {
    offline: 'There is no network connection and this device has not saved the catalogue yet. Connect and try again.',
    http: 'The service catalogue could not be loaded (the server answered {{status}}). Please try again later.',
    integrity: 'The downloaded catalogue was incomplete or altered, so it was not used. Please try again later.',
    format: 'The catalogue is in a format this page does not support. Please tell the site administrator.',
    'not-found': 'The service catalogue was not found. Please ask the site administrator to check the address {{src}}.',
    unknown: 'The service catalogue could not be loaded. Please try again later.',
    noSource:
      'This component has no src attribute or catalogue data; please ask the site administrator to check the embed code.',
  },
  elderlyOn: 'Large text',
  elderlyOff: 'Standard text',
  language: 'Language',
  sampleData: 'Sample data',
  externalLink: '(opens in a new window)',
};

export default ui;
