// Mounts the game. The scenario, checked when the game is built, loads as its own chunk once the title is painted;
// a ?seed=N in the address fixes the random draws (one seed for a whole class).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { findScormApi } from './lms/scorm-api.ts';
import { readAddress } from './state/address.ts';
import { useGameStore } from './state/store.ts';
import { followAddress } from './ui/app/address-sync.ts';
import { App } from './ui/app/app.tsx';
import { firstPaint } from './ui/lib/first-paint.ts';
import './ui/styles/base.css';
import './ui/styles/large-screens.css';

// The title screen paints first; the scenario chunk (checked at build time, plain JSON) is fetched right after that
// paint (see first-paint.ts), so its download and parse never hold up the first paint.
const loadScenarioChunk = () => import('./content/load-scenarios.ts').then(
  ({ loadScenarios, createGame, defaultSetup, step }) => {
    useGameStore.getState().loadContent({ ...loadScenarios(), engine: { createGame, defaultSetup, step } });
    // A shared run (#run=…), a class link (#class=…) or an instructor page (#dashboard, …) in the address opens once
    // the scenarios are ready; otherwise the game saved in this browser reopens where it was left, or inside an LMS
    // the attempt's own game.
    const { kind } = readAddress(window.location.hash);
    const opensAddress = kind !== 'none' && kind !== 'unknown';
    if (kind !== 'none') void useGameStore.getState().openAddress(window.location.hash);
    const resumeSaved = () => {
      if (!opensAddress) void useGameStore.getState().resumeSaved();
    };
    if (scormApi) {
      import('./lms/connect-lms.ts')
        .then(({ connectLms }) => connectLms(scormApi, window, !opensAddress))
        .then((connection) => connection ?? resumeSaved(), resumeSaved);
    } else resumeSaved();
    followAddress();
  },
  (error: unknown) => useGameStore.getState().loadContent({ scenarios: [], errors: [`scenarios › (root): could not be loaded (${String(error)})`], engine: null }),
);

// A school's LMS (SCORM 1.2) puts its API in a window around the game; outside one there is none and nothing changes.
const scormApi = findScormApi(window);

const seedParam = new URLSearchParams(window.location.search).get('seed');
const seed = seedParam !== null && /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : undefined;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App seed={seed} />
    </StrictMode>,
  );
}
void firstPaint().then(loadScenarioChunk);
