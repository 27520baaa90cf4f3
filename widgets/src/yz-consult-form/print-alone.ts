/**
 * Print one element on its own: the receipt, not the portal around it. A page's print stylesheet
 * is made for the page (a portal prints its handling guides and hides everything else, this form
 * included), so while the print button's dialog is open the element and the elements that hold
 * it are marked, and a document stylesheet hides everything else and shows that chain.
 * Constructable, so a Content-Security-Policy without `'unsafe-inline'` allows it.
 */
const PATH = 'data-yz-print-path';
const ALONE = 'data-yz-print-alone';

let sheet: CSSStyleSheet | undefined;
let undo: (() => void) | undefined;

function printSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
  [${PATH}] > :not([${PATH}], [${ALONE}]) { display: none !important; }
  [${PATH}]:not(html, body), [${ALONE}] { display: block !important; }
}`);
  }
  return sheet;
}

export function printAlone(element: Element): void {
  undo?.();
  const canAdopt =
    'adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet.prototype.replaceSync === 'function';
  if (canAdopt) {
    const marked: Element[] = [];
    // Through shadow roots too; only the page's own elements can be reached by a document sheet.
    for (let node = element.parentElement ?? hostOf(element); node; node = node.parentElement ?? hostOf(node)) {
      node.setAttribute(PATH, '');
      marked.push(node);
    }
    element.setAttribute(ALONE, '');
    const added = printSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, added];
    const restore = (): void => {
      undo = undefined;
      removeEventListener('afterprint', restore);
      for (const node of marked) node.removeAttribute(PATH);
      element.removeAttribute(ALONE);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
    };
    undo = restore;
    // Some browsers return from print() before the dialog closes: undo when it has.
    addEventListener('afterprint', restore);
  }
  window.print();
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
