/**
 * The core's invalid-input messages (zod's prettified issues: "✖ message\n  → at patch.field")
 * split into per-field messages, so a form can show each under its field.
 */
export function fieldErrors(message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of message.split('✖').slice(1)) {
    const text = issue.split('\n')[0]!.trim();
    const path = /→ at (\S+)/.exec(issue)?.[1];
    const field = path?.split('.').pop();
    if (field && text && !out[field]) out[field] = text;
  }
  return out;
}
