import type { LocaleTable } from '../../resource.js';

/** yz-search: the one-stop search box. */
const search: LocaleTable = {
  label: 'مۇلازىمەت تۈرلىرى ۋە مۇلازىمەت نۇقتىلىرىنى ئىزدەش',
  placeholder: 'تۈر نامى، پىنيىن ياكى سوئال، مەسىلەن «商标续展»',
  submit: 'ئىزدەش',
  clear: 'ئىزدەش مەزمۇنىنى تازىلاش',
  groupItems: 'مۇلازىمەت تۈرلىرى',
  groupOutlets: 'مۇلازىمەت نۇقتىلىرى',
  results_one: '{{count}} نەتىجە تېپىلدى، يۇقىرى ۋە تۆۋەن يۆنىلىش كۇنۇپكىلىرى بىلەن كۆرۈڭ',
  results_other: '{{count}} نەتىجە تېپىلدى، يۇقىرى ۋە تۆۋەن يۆنىلىش كۇنۇپكىلىرى بىلەن كۆرۈڭ',
  noResults: 'مۇناسىۋەتلىك مۇلازىمەت تېپىلمىدى: «{{query}}»',
  noResultsHint:
    'باشقىچە ئىپادىلەپ سىناپ بېقىڭ، مەسىلەن تۈر نامى ياكى ئاچقۇچلۇق سۆز بىلەن. بىزدىن بىۋاسىتە سوئال سورىسىڭىزمۇ بولىدۇ.',
  suggestions: 'كۆپ ئىشلىتىلىدىغان مۇلازىمەتلەر',
  ask: 'بىزدىن سوئال سوراڭ',
  promised: 'ۋەدە: {{duration}} ئىچىدە بېجىرىلىدۇ',
  legalOnly: 'قانۇنىي مۆھلەت: {{duration}}',
  instant: 'دەرھال بېجىرىلىدۇ',
  outletIn: '{{region}}',
  suspended: 'ۋاقىتلىق توختىتىلدى',
  loadingIndex: 'ئىزدەش تەييارلىنىۋاتىدۇ…',
};

export default search;
