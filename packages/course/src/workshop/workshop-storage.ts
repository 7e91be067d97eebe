import type { WorkshopStorage } from '@levelwise/player/workshop';

export const WORKSHOP_STORAGE_KEY = 'levelwise-workshop:session';

/**
 * The presenter's session kept in this browser between page loads (no LMS, no network). A browser that refuses
 * storage (private mode, file:// in some browsers) gives null here and the session lives in memory only.
 */
export function browserWorkshopStorage(
  storage: Storage | null = safeLocalStorage(),
): WorkshopStorage | undefined {
  if (!storage) return undefined;
  return {
    load: () => {
      try {
        return storage.getItem(WORKSHOP_STORAGE_KEY);
      } catch {
        return null;
      }
    },
    save: (text) => storage.setItem(WORKSHOP_STORAGE_KEY, text),
  };
}

function safeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${WORKSHOP_STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
