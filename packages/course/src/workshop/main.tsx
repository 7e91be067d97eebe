/**
 * The trainer's presenter view (workshop.html): all five areas, every vignette of the catalogue, no LMS and no
 * network. Opens from file:// (the standalone folder) or any static server.
 */
import '@levelwise/ui/theme.css';
import '../app.css';
import { vignettes } from 'virtual:levelwise/workshop';
import { WorkshopPlayer } from '@levelwise/player/workshop';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserWorkshopStorage } from './workshop-storage.ts';

const root = document.getElementById('workshop-root');
if (!root) throw new Error('workshop.html has no #workshop-root element');
const storage = browserWorkshopStorage();

createRoot(root).render(
  <StrictMode>
    <WorkshopPlayer vignettes={vignettes} title="Levelwise workshop" {...(storage ? { storage } : {})} />
  </StrictMode>,
);
