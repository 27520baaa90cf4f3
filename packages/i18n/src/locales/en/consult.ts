import type { LocaleTable } from '../../resource.js';

/** yz-consult-form: the consultation form, its checks, the check-your-answers step and the receipt. */
const consult: LocaleTable = {
  title: 'Ask a question',
  intro: 'Staff reply within the promised time. Fields marked * are required.',
  optional: '(optional)',
  continue: 'Next: check your answers',
  topic: {
    label: 'Topic',
    hint: 'Choose the area your question is about',
    placeholder: 'Choose a topic',
  },
  item: {
    label: 'Related service',
    hint: 'Type a name, a keyword or pinyin initials, for example “trademark renewal” or “sbxz”',
    clear: 'Clear the chosen service',
    selected: 'Chosen: {{name}}',
    noResults: 'No matching service; you can leave this empty',
    results_one: '{{count}} service found, use the up and down arrow keys to choose',
    results_other: '{{count}} services found, use the up and down arrow keys to choose',
    unavailable: 'The service list is not available right now; you can ask without choosing one',
  },
  question: {
    label: 'Your question',
    hint: 'Say what you want to do and what happened. Do not include ID card or bank numbers or other personal details the question does not need.',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    over_one: 'You have {{count}} character too many',
    over_other: 'You have {{count}} characters too many',
  },
  name: {
    label: 'How should we address you',
    hint: 'For example: Ms Wang',
  },
  mobile: {
    label: 'Mobile number',
    hint: 'For a reply by SMS or phone, 11 digits',
  },
  email: {
    label: 'Email address',
    hint: 'Give one to be able to get the reply by email',
  },
  replyChannel: {
    legend: 'How would you like the reply',
    sms: 'SMS',
    phone: 'Phone call',
    email: 'Email',
  },
  notice: {
    version: '2025-01',
    title: 'How we use your personal information',
    purpose:
      'Purpose: your question and contact details are used only to answer this question and to improve the service.',
    readers: 'Who reads it: staff of the IP public service office that handles the question.',
    retention_one:
      'How long: kept for {{count}} day from submission, then your contact details and other personal information are deleted; only statistics without personal information remain.',
    retention_other:
      'How long: kept for {{count}} days from submission, then your contact details and other personal information are deleted; only statistics without personal information remain.',
    rights:
      'Your rights: with the reference number and the key kept on this device you can see, export or delete your personal information at any time.',
    draft: 'Until you submit, what you type is kept on this device only, and it is cleared once sent.',
  },
  consent: {
    label: 'I have read this and agree that my personal information is used as described',
  },
  spamTrap: 'Website (leave empty)',
  errors: {
    summaryTitle: 'There is a problem',
    prefix: 'Error:',
    topicRequired: 'Choose a topic',
    questionRequired: 'Enter your question',
    questionTooShort: 'Your question is too short; write at least {{min}} characters',
    questionTooLong: 'Your question must be {{max}} characters or fewer',
    nameTooLong: 'The name must be {{max}} characters or fewer',
    consentRequired: 'Read how we use your personal information and tick the box to agree',
    itemUnknown: 'The chosen service is no longer listed; choose another or clear it',
  },
  check: {
    title: 'Check your answers',
    intro: 'Submit when everything is right. Use “Change” to correct an answer.',
    change: 'Change',
    submit: 'Submit question',
    back: 'Back to the form',
    notGiven: 'Not given',
    notSelected: 'Not chosen',
    consentGiven: 'Agreed (notice version {{version}})',
  },
  status: {
    title: 'Submitting',
    rateLimited_one:
      'Many questions are arriving; yours will be sent again automatically in about {{count}} minute. Do not submit it again.',
    rateLimited_other:
      'Many questions are arriving; yours will be sent again automatically in about {{count}} minutes. Do not submit it again.',
    queued: 'Saved on this device, getting ready to send…',
    sending: 'Sending…',
    retrying: 'The connection is unstable; sending again automatically, please wait…',
    offline:
      'Saved on this device. There is no connection now; it will be sent automatically when the connection returns, and only once, so do not submit it again. Closing this page loses nothing: it is sent the next time the page is open.',
    sent: 'Sent',
    resumed: 'Your last question has not arrived yet; sending it now…',
  },
  server: {
    validation: 'Something in the form needs correcting; fix it and submit again',
    payload_too_large: 'The question is too long to send. Shorten it and submit again.',
    forbidden_origin: 'This website is not yet allowed to send questions; please tell the site administrator.',
    unsupported_media_type: 'The submission format is not supported; please tell the site administrator.',
    conflict: 'This question has already been submitted.',
    idempotency_conflict: 'This question has already been submitted.',
    internal: 'The server has a problem right now; please submit again later. Nothing you typed is lost.',
    unknown: 'The question was not sent; please submit again later. Nothing you typed is lost.',
    retry: 'Submit again',
  },
  done: {
    title: 'Question submitted',
    reference: 'Reference number',
    referenceHint: 'Write down or print this number; you need it to follow your question.',
    due: 'We will reply by {{date}}',
    viaSms: 'The reply will be sent by SMS to {{mobile}}.',
    viaPhone: 'Staff will call {{mobile}}.',
    viaEmail: 'The reply will be sent to {{email}}.',
    print: 'Print receipt',
    qr: 'Scan the QR code to follow your question on your phone',
    newQuestion: 'Ask another question',
    ratingTitle: 'Rate this consultation service',
  },
  draft: {
    restored: 'We restored what you typed on {{date}} but did not submit.',
    clear: 'Clear what I typed',
    cleared: 'What you typed has been cleared from this device.',
  },
};

export default consult;
