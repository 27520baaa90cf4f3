import type { LocaleTable } from '../../resource.js';

/** The kiosk shell: config file errors and the screens the shell itself shows (no renderer). */
const kiosk: LocaleTable = {
  config: {
    fileLine: '{{file}}: {{message}}',
    fieldLine: '{{file}}: {{field}} ({{label}}): {{message}}',
    unknownFieldLine: '{{file}}: {{field}}: {{message}}',
    notFound:
      'Config file not found. Create kiosk.json as the deployment guide describes, or point YIZHAN_KIOSK_CONFIG at it',
    unreadable: 'Cannot read the config file: {{detail}}',
    badJson: 'The config file is not valid JSON: {{detail}}',
    notObject: 'The config file must be one JSON object (starting with {)',
    httpsOnly:
      'Must be an https URL (plain http only for this machine: localhost / 127.0.0.1), with no user name or password',
    directoryUrl: 'The bundle URL is a directory and must end with /',
    origin: 'Must be a bare origin such as https://host[:port], with no path, query, user name or wildcard',
    publicKey:
      'Not a valid Ed25519 public key; paste the public key from yizhan keygen (it starts with -----BEGIN PUBLIC KEY-----)',
    countdownLonger: 'The countdown must be shorter than the idle timeout',
    fields: {
      hallId: 'service hall id',
      outletId: 'outlet id',
      serverUrl: 'intake server URL',
      bundleUrl: 'content bundle URL',
      idleSeconds: 'idle timeout in seconds',
      countdownSeconds: 'countdown in seconds',
      attractSeconds: 'seconds before the attract screen',
      updateIntervalMinutes: 'content update interval in minutes',
      printerName: 'printer name',
      receiptWidthMm: 'receipt paper width in mm',
      publicKey: 'content signing public key',
      allowedOrigins: 'sites allowed in pop-ups',
      defaultLocale: 'default language',
    },
  },
  shell: {
    configErrorTitle: 'This kiosk is not configured correctly',
    configErrorHelp: 'Please ask a member of staff. Technicians: fix the config file as listed below and restart:',
    maintenanceTitle: 'This kiosk is under maintenance',
    maintenanceHelp: 'It cannot be used right now; please go to a service window. Staff have been notified.',
    noContentTitle: 'Service information is unavailable',
    noContentHelp: 'The kiosk found no verified service catalogue. Please ask a member of staff.',
  },
};

export default kiosk;
