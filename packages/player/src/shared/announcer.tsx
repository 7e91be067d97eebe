import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A polite live region the players speak through: feedback verdicts, saves, a new stage. The text is
 * cleared first and set on the next frame, so the same message twice in a row is still announced.
 */
export interface Announcer {
  announce: (message: string) => void;
  /** The current message (for tests and for the region below). */
  message: string;
}

export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback((next: string) => {
    if (pending.current !== null) clearTimeout(pending.current);
    setMessage('');
    pending.current = setTimeout(() => {
      pending.current = null;
      setMessage(next);
    }, 50);
  }, []);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  return { announce, message };
}

/** The visually hidden region; render it once per player, and never remove it while the player is on screen. */
export function LiveRegion({ message, id }: { message: string; id?: string }) {
  return (
    <div id={id} className="lw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
