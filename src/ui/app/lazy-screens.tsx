// The screens after the title load as separate chunks, so a first visit downloads only what the title needs.
// They are prefetched as soon as the title is on screen, so moving on is instant.
import { lazy } from 'react';

const briefing = () => import('../screens/briefing/briefing-screen.tsx');
const choice = () => import('../screens/choice/choice-screen.tsx');
const year = () => import('../screens/year/year-screen.tsx');
const summary = () => import('../screens/summary/summary-screen.tsx');
const debrief = () => import('../screens/debrief/debrief-screen.tsx');
const model = () => import('../screens/model/model-screen.tsx');
const history = () => import('../screens/history/history-screen.tsx');
const lab = () => import('../screens/lab/lab-screen.tsx');

export const BriefingScreen = lazy(() => briefing().then((m) => ({ default: m.BriefingScreen })));
export const ChoiceScreen = lazy(() => choice().then((m) => ({ default: m.ChoiceScreen })));
export const YearScreen = lazy(() => year().then((m) => ({ default: m.YearScreen })));
export const SummaryScreen = lazy(() => summary().then((m) => ({ default: m.SummaryScreen })));
export const DebriefScreen = lazy(() => debrief().then((m) => ({ default: m.DebriefScreen })));
export const ModelScreen = lazy(() => model().then((m) => ({ default: m.ModelScreen })));
export const LabScreen = lazy(() => lab().then((m) => ({ default: m.LabScreen })));
export const HistoryScreen = lazy(() => history().then((m) => ({ default: m.HistoryScreen })));

export function prefetchScreens(): void {
  for (const load of [briefing, choice, year, summary, debrief, model, history]) void load();
}
