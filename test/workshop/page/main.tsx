/**
 * The workshop test page: WorkshopPlayer full screen with every shipped vignette (read at build time, never a
 * hard-coded list) and the session kept in localStorage, as the standalone workshop folder does. No LMS, no network.
 */
import '@levelwise/ui/theme.css';
import { WorkshopPlayer, type WorkshopStorage } from '@levelwise/player/workshop';
import { parseVignetteSource, type Vignette } from '@levelwise/scenarios';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const sources = import.meta.glob<string>('../../../scenarios/vignettes/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const vignettes: Vignette[] = Object.entries(sources)
  .flatMap(([path, source]) => {
    const result = parseVignetteSource(source, path.split('/').pop() ?? path);
    if (!result.ok) console.warn(`Skipped ${path}: ${result.issues.map((i) => i.message).join('; ')}`);
    return result.ok && !result.loaded.vignette.draft ? [result.loaded.vignette] : [];
  })
  .sort((a, b) => a.id.localeCompare(b.id));

const KEY = 'levelwise-workshop-test-session';
const storage: WorkshopStorage = {
  load: () => localStorage.getItem(KEY),
  save: (text) => (text === '' ? localStorage.removeItem(KEY) : localStorage.setItem(KEY, text)),
};

const root = document.getElementById('root');
if (!root) throw new Error('The test page has no #root element');
createRoot(root).render(
  <StrictMode>
    <WorkshopPlayer vignettes={vignettes} storage={storage} />
  </StrictMode>,
);
