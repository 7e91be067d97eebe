/** The shortcut for the button before it, shown for sighted presenters (the button carries aria-keyshortcuts). */
export function KeyHint({ keys }: { keys: string }) {
  return (
    <span className="lw-workshop__key-hint" aria-hidden="true">
      key <kbd>{keys}</kbd>
    </span>
  );
}
