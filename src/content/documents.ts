// The five source documents every citation points into.
import type { DocId, LocalizedText } from '../engine/index.ts';

export type SourceDocument = {
  readonly id: DocId;
  readonly author: string;
  readonly year: number;
  readonly title: string;
  readonly publisher: LocalizedText;
};

export const DOCUMENTS: readonly SourceDocument[] = [
  { id: 'downie-2011', author: 'Richard Downie', year: 2011, title: 'Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations', publisher: { en: 'Center for Hemispheric Defense Studies, July 2011', es: 'Centro de Estudios Hemisféricos de Defensa, julio de 2011' } },
  { id: 'deare-2009', author: 'Craig A. Deare', year: 2009, title: 'U.S.–Mexico Defense Relations: An Incompatible Interface', publisher: { en: 'INSS/NDU Strategic Forum No. 243, July 2009', es: 'INSS/NDU Strategic Forum núm. 243, julio de 2009' } },
  { id: 'rodriguez-2007', author: 'Abelardo Rodríguez Sumano', year: 2007, title: "Mexico's Insecurity in North America", publisher: { en: 'Homeland Security Affairs, 2007 (attributed; no author or title in the text)', es: 'Homeland Security Affairs, 2007 (atribuido; el texto no trae autor ni título)' } },
  { id: 'northcom-2011', author: '—', year: 2011, title: "U.S. Northern Command's Security Role in Mexico: Building Capacity and Trust with the Mexican Military", publisher: { en: 'Paper, 2011 (no author or venue in the text)', es: 'Ensayo, 2011 (el texto no trae autor ni publicación)' } },
  { id: 'garza-2010', author: 'Rafael H. Garza Jr.', year: 2010, title: 'The U.S. and Mexico: Trading Partners, Reluctant Military Allies', publisher: { en: 'Naval Postgraduate School thesis, March 2010', es: 'Tesis, Naval Postgraduate School, marzo de 2010' } },
];

export function documentById(id: DocId): SourceDocument {
  const doc = DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`unknown document ${id}`);
  return doc;
}

/** What follows a document's title in a reference: " — Author. ", or ". " when no author is known. An author that already
 * ends in a point ("Rafael H. Garza Jr.") gets no second one. */
export function bylineAfterTitle(doc: SourceDocument): string {
  if (doc.author === '—') return '. ';
  return doc.author.endsWith('.') ? ` — ${doc.author} ` : ` — ${doc.author}. `;
}
