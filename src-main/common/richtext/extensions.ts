import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ClaimRef } from './claim-ref';

/**
 * The one list of rich-text extensions: notes and argument bodies in the editors, and the
 * schema the core validates saved JSON against, so whatever the API accepts an editor can show
 * and save back unchanged. The trailing-node plugin stays off: it would append a paragraph to
 * a note ending in a list or code block the moment it is opened, and the note would change
 * without anyone typing. Links do not open on click in an editor (a click places the caret).
 *
 * `claimRef` lets the renderer swap in the same node with its React chip (same name, same schema).
 */
export const richTextExtensions = (claimRef: AnyExtension = ClaimRef): AnyExtension[] => [
  StarterKit.configure({ trailingNode: false, link: { openOnClick: false } }),
  claimRef,
];

export const richTextSchema = getSchema(richTextExtensions());
