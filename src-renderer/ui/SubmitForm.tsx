import type { ReactNode } from 'react';

/** A form that runs `onSubmit` on Enter or its submit button, without the page reload. */
export function SubmitForm({ label, onSubmit, children }: { label: string; onSubmit(): void; children: ReactNode }) {
  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
