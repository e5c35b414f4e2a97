// What really happened after the documents, as a scenario holds it (history.json): the governments and the option
// the model plays for each, dated facts, and the real series the model is held against.
import type { LocalizedText, WebCitation } from './scenario-types.ts';

/** One real government after 2012 and the game's option that the model plays for it: an argument, with sources. */
export type HistoryAdministration = {
  readonly id: string;
  readonly president: string;
  /** The president's own party, as it is called. */
  readonly realParty: string;
  /** The game's party that stands for the president's (the game's parties are those of 2012). */
  readonly party: string;
  readonly took: string;
  readonly left?: string | undefined;
  /** The game's strategy the model plays for this government. */
  readonly strategy: string;
  readonly summary: LocalizedText;
  /** Why that strategy, and what the model cannot represent. */
  readonly mapping: LocalizedText;
  readonly sources: readonly WebCitation[];
};

/** A dated fact of the real course, in the game's own words. */
export type HistoryFact = {
  readonly id: string;
  readonly date: string;
  readonly bearing: 'cooperation' | 'violence' | 'policy' | 'institutions';
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly sources: readonly WebCitation[];
  /** The scripted event that plays this fact in the model's run of the real course. */
  readonly event?: string | undefined;
};

/** A real series the model is held against: what it counts, and the score it is compared with (by shape only). */
export type HistoryMeasure = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly comparedWith?: string | undefined;
  readonly comparison?: LocalizedText | undefined;
};

export type ObservedValue = {
  readonly year: number;
  readonly measure: string;
  readonly value: number;
  readonly source: WebCitation;
  readonly note?: LocalizedText | undefined;
};

/** What really happened after the documents: the course the debrief sets beside the player's. */
export type HistoryDef = {
  readonly intro: LocalizedText;
  /** The model's run of the real course ends with this year. */
  readonly lastYear: number;
  readonly administrations: readonly HistoryAdministration[];
  readonly facts: readonly HistoryFact[];
  readonly measures: readonly HistoryMeasure[];
  readonly observed: readonly ObservedValue[];
  readonly questions: readonly LocalizedText[];
};
