import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import './modules.css';

export interface ModulePage {
  /** Stable id (for `data-page` and tests). */
  id: string;
  title: string;
  content: ReactNode;
}

export interface ModulePagesProps {
  /** The module's title, for the navigation's name ("The continuum of need, page 2 of 4"). */
  moduleTitle: string;
  pages: readonly ModulePage[];
  /** True once the module's check has been answered: the last page then offers "Finish this module". */
  complete: boolean;
  onComplete: () => void;
  /** The page to open on (0-based), e.g. to resume. */
  defaultPage?: number;
  onPageChange?: (page: number) => void;
}

/**
 * A module as a few short pages: a heading per page (focus moves to it when the page changes, not on first
 * render, where the host decides), "Page n of m", and Back / Next. The last page finishes the module once its
 * check is done.
 */
export function ModulePages({
  moduleTitle,
  pages,
  complete,
  onComplete,
  defaultPage = 0,
  onPageChange,
}: ModulePagesProps) {
  const [index, setIndex] = useState(() => Math.min(Math.max(defaultPage, 0), pages.length - 1));
  const heading = useRef<HTMLHeadingElement | null>(null);
  // The page whose heading last had focus (the first page shown is the host's to focus).
  const focused = useRef(index);
  const baseId = useId();
  const page = pages[index];
  useEffect(() => {
    if (focused.current === index) return;
    focused.current = index;
    heading.current?.focus();
  }, [index]);
  if (!page) throw new Error(`${moduleTitle}: no pages to show.`);
  const last = index === pages.length - 1;
  const go = (next: number) => {
    setIndex(next);
    onPageChange?.(next);
  };
  const headingId = `${baseId}-heading`;
  return (
    <section className="lw-module" aria-labelledby={headingId} data-page={page.id}>
      <p className="lw-module__progress">
        Page {index + 1} of {pages.length}
      </p>
      <h2 className="lw-module__heading" id={headingId} ref={heading} tabIndex={-1}>
        {page.title}
      </h2>
      <div className="lw-module__body">{page.content}</div>
      <nav className="lw-module__nav" aria-label={`${moduleTitle}, page ${index + 1} of ${pages.length}`}>
        {index > 0 ? (
          <button
            type="button"
            className="lw-module__button lw-module__button--secondary lw-focusable"
            onClick={() => go(index - 1)}
          >
            Back<span className="lw-visually-hidden">: {pages[index - 1]?.title}</span>
          </button>
        ) : null}
        {!last ? (
          <button type="button" className="lw-module__button lw-focusable" onClick={() => go(index + 1)}>
            Next<span className="lw-visually-hidden">: {pages[index + 1]?.title}</span>
          </button>
        ) : complete ? (
          <button type="button" className="lw-module__button lw-focusable" onClick={onComplete}>
            Finish this module
          </button>
        ) : (
          <p className="lw-module__nav-hint">Check your answers to finish this module.</p>
        )}
      </nav>
    </section>
  );
}

/** A short note saying where a quote is printed. */
export function Source({ children }: { children: ReactNode }) {
  return <span className="lw-module__source">({children})</span>;
}

/** A verbatim quote from the area's document with where it is printed. */
export function AreaQuote({ text, source }: { text: string; source: string }) {
  return (
    <blockquote className="lw-module__quote">
      <p>“{text}”</p>
      <footer className="lw-module__source">{source}</footer>
    </blockquote>
  );
}
