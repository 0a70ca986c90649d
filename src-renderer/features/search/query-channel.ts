// Latest-wins in the core compares sequence numbers per channel, and the core outlives the page:
// a reload or a second window must not reuse a channel whose last number it cannot know, and a
// view mounted again must not start counting from zero. So channels carry an id of this page,
// and sequence numbers come from one counter for the page's lifetime.

const PAGE = Math.random().toString(36).slice(2, 10);
let last = 0;

/** The channel name for this page (at most 64 characters with the name). */
export const channelOf = (name: string): string => `${name}:${PAGE}`;

/** A number larger than every one handed out before on this page. */
export const nextSeq = (): number => ++last;
