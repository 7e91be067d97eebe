import { useEffect, useId, useRef } from 'react';
import { PRESENTER_SHORTCUTS } from './presenter-keys.ts';

/** The "?" help: every presenter shortcut, in a modal dialog (native <dialog>: focus kept inside, Escape closes). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="lw-workshop__dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        returnFocus.current?.focus();
      }}
      onKeyDown={(event) => {
        // The browser closes a modal dialog on a real Escape; scripted key presses (tests, switch access) too.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id={`${id}-title`} className="lw-workshop__heading">
        Presenter shortcuts
      </h2>
      <p>Shortcuts work anywhere except while typing in a field.</p>
      <table className="lw-workshop__table">
        <caption className="lw-visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {PRESENTER_SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' or ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="lw-workshop__button lw-workshop__button--primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
