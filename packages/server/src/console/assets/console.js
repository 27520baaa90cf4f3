// @ts-check
/**
 * Drafts of the staff console's text boxes: a case's answer and escalation note, a bad rating's
 * rectification note (every `<textarea data-draft="name">`).
 *
 * The console works in full without this script; it only keeps typed text from being lost. The
 * case it was written for: a staff member spends longer than the idle timeout on a reply and
 * presses Send. The session has ended, so the server acts on nothing and leads to the sign-in
 * page, which leads back to the case (`next`); there this script puts the text back in its box.
 * It equally survives a reload or a wrong click on a link.
 *
 * Why in the browser tab and not on the server: the console's CSP allows its own script files
 * and nothing inline, so this file fits it; the server would have to keep text typed by someone
 * it can no longer identify (the session is gone) and hand it to whoever signs in next. Here the
 * text never leaves the tab it was typed in:
 *
 * - it is kept in sessionStorage, which belongs to this one tab and is emptied when it closes;
 * - each draft names the staff member who typed it (`data-staff`, the account id), and the first
 *   page shown to anyone else in this tab forgets it: a colleague signing in at the same computer
 *   never sees it, nor an earlier draft of theirs, not even by going back in the tab's history
 *   (the boxes are `autocomplete="off"`, so the browser does not fill them in from there);
 * - it is forgotten as soon as the server confirms that the form went through (`data-draft-sent`
 *   on the page after it), when a case page no longer has a box for it (answered by a colleague,
 *   closed, or erased by the requester: `data-draft-scope`), on signing out (the sign-out button,
 *   and the signed-out page, `data-drafts-forget`), when the box is emptied or its draft
 *   discarded, and 8 hours after it was last typed in (the longest a sign-in lasts by default).
 *
 * It sets `value`, `hidden` and listeners only and parses no HTML, so it runs under
 * `require-trusted-types-for 'script'`.
 */
(() => {
  const PREFIX = 'yz-draft:';
  const MAX_AGE_MS = 8 * 60 * 60 * 1000;

  /** @type {Storage} */
  let store;
  try {
    store = window.sessionStorage;
    store.getItem(PREFIX); // throws where the browser blocks storage
  } catch {
    return;
  }
  const body = document.body;
  const owner = body.dataset['staff'];
  const now = Date.now();

  /** @returns {string[]} the storage keys of every draft in this tab */
  const draftKeys = () => {
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys;
  };

  /**
   * @param {string} key
   * @returns {{ owner: string; text: string; at: number } | null}
   */
  const read = (key) => {
    try {
      const entry = JSON.parse(store.getItem(key) ?? 'null');
      return entry && typeof entry.owner === 'string' && typeof entry.text === 'string' && typeof entry.at === 'number'
        ? entry
        : null;
    } catch {
      return null;
    }
  };

  /** @param {string} name */
  const forget = (name) => store.removeItem(PREFIX + name);
  const forgetAll = () => draftKeys().forEach((key) => store.removeItem(key));

  // What the server says is over: signed out, or a form that went through.
  if (body.hasAttribute('data-drafts-forget')) forgetAll();
  const sent = body.dataset['draftSent'];
  if (sent) forget(sent);

  // Unreadable, too old, or typed by someone other than who is signed in now.
  for (const key of draftKeys()) {
    const entry = read(key);
    if (!entry || now - entry.at > MAX_AGE_MS || (owner !== undefined && entry.owner !== owner)) {
      store.removeItem(key);
    }
  }

  /** @type {HTMLTextAreaElement[]} */
  const boxes = [...document.querySelectorAll('textarea[data-draft]')].filter(
    (box) => box instanceof HTMLTextAreaElement,
  );

  // A page showing the whole of something (a case) has a box for every draft it can still take.
  const scope = body.dataset['draftScope'];
  if (scope) {
    const here = new Set(boxes.map((box) => box.dataset['draft']));
    for (const key of draftKeys()) {
      const name = key.slice(PREFIX.length);
      if (name.startsWith(scope) && !here.has(name)) store.removeItem(key);
    }
  }

  if (owner !== undefined) {
    for (const box of boxes) {
      const name = box.dataset['draft'];
      if (!name) continue;
      const note = document.getElementById(`${box.id}-draft`);
      const entry = read(PREFIX + name);
      // Going back in the tab, a browser may fill the box with what was typed on that page
      // before, perhaps by someone since signed out (the boxes say autocomplete="off" for that
      // reason): only the server's text or this account's draft is put in a box.
      if (box.value !== box.defaultValue) box.value = box.defaultValue;
      // A box the server filled (a refused form, given back) keeps the server's text.
      if (entry && box.value.trim() === '') {
        box.value = entry.text;
        if (note) note.hidden = false;
      }
      box.addEventListener('input', () => {
        if (box.value.trim() === '') {
          forget(name);
          return;
        }
        try {
          store.setItem(PREFIX + name, JSON.stringify({ owner, text: box.value, at: Date.now() }));
        } catch {
          // Storage full or blocked: the text is simply not kept.
        }
      });
      note?.querySelector('[data-draft-discard]')?.addEventListener('click', () => {
        forget(name);
        box.value = '';
        note.hidden = true;
        box.focus();
      });
    }
  }

  for (const form of document.querySelectorAll('form[data-drafts-forget]')) {
    form.addEventListener('submit', forgetAll);
  }

  // The sign-in page says that unsent text is waiting for the account that typed it.
  const kept = document.getElementById('drafts-kept');
  if (kept && draftKeys().length > 0) kept.hidden = false;
})();
