import { useEffect, useState } from 'react';

/**
 * The course's heavier screens (modules, cases, results: CourseScreens.tsx) in a chunk of their own, so the
 * first screen (welcome) needs about a fifth of the JavaScript. The CoursePlayer starts loading them as soon as
 * the welcome screen is up; `preloadCourseScreens()` lets an app (or a test) load them before rendering.
 *
 * Not React.lazy: once loaded, the screens render synchronously (no Suspense flash on every screen change, and
 * a screenshot or a test sees the whole screen at once).
 */
export type CourseScreensModule = typeof import('./CourseScreens.tsx');

let loaded: CourseScreensModule | null = null;
let loading: Promise<CourseScreensModule> | null = null;

export function preloadCourseScreens(): Promise<CourseScreensModule> {
  loading ??= import('./CourseScreens.tsx').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The screens once loaded (null until then); starts loading on mount and re-renders when they arrive. */
export function useCourseScreens(): CourseScreensModule | null {
  const [screens, setScreens] = useState<CourseScreensModule | null>(loaded);
  useEffect(() => {
    if (screens) return;
    let live = true;
    preloadCourseScreens().then(
      (module) => {
        if (live) setScreens(module);
      },
      (error: unknown) => {
        // A chunk that cannot load (a broken package) must not fail silently: the error boundary of the app shows it.
        if (live)
          setScreens(() => {
            throw error instanceof Error
              ? error
              : new Error(`Levelwise could not load the course screens: ${String(error)}`);
          });
      },
    );
    return () => {
      live = false;
    };
  }, [screens]);
  return screens;
}
