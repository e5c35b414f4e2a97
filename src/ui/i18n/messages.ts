// Interface strings, one file per area of the app so features can be written side by side.
// Each area uses its own top-level key; en and es must hold the same keys (locales.test.ts).
import enCore from './en/core.json';
import esCore from './es/core.json';
import enModel from './en/model.json';
import esModel from './es/model.json';
import enDecision from './en/decision.json';
import esDecision from './es/decision.json';
import enDebrief from './en/debrief.json';
import esDebrief from './es/debrief.json';
import enClassroom from './en/classroom.json';
import esClassroom from './es/classroom.json';
import enSave from './en/save.json';
import esSave from './es/save.json';
import enPriorities from './en/priorities.json';
import esPriorities from './es/priorities.json';
import enOutcomes from './en/outcomes.json';
import esOutcomes from './es/outcomes.json';
import enHandIn from './en/hand-in.json';
import esHandIn from './es/hand-in.json';
import enVariant from './en/variant.json';
import esVariant from './es/variant.json';

export const en = { ...enCore, ...enModel, ...enDecision, ...enDebrief, ...enClassroom, ...enSave, ...enPriorities, ...enOutcomes, ...enHandIn, ...enVariant };
export const es = { ...esCore, ...esModel, ...esDecision, ...esDebrief, ...esClassroom, ...esSave, ...esPriorities, ...esOutcomes, ...esHandIn, ...esVariant } satisfies typeof en;
