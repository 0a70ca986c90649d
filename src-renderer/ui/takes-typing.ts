/**
 * A control the user types into: a text field, a list box, or rich text that can be edited.
 * The reader's text is editable only to show a caret (aria-readonly): keys there keep their
 * application meaning (Ctrl+Z undoes annotation changes, paste imports).
 */
export const takesTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.tagName === 'INPUT' ||
    t.tagName === 'TEXTAREA' ||
    t.tagName === 'SELECT' ||
    (t.isContentEditable && t.closest('[contenteditable="true"]')?.getAttribute('aria-readonly') !== 'true'));
