// Finds the informal "tú" register (and voseo) in Spanish text, which speaks to the player as "usted" everywhere.
// Works word by word, so "tuvo", "total" or "tutela" never match "tu". A tú imperative of a regular verb is spelled
// like the third person ("Elige" / "el equipo elige"), so those count only where a sentence starts.

/** Pronouns and possessives that only the tú (or vosotros/vos) register uses. */
const PRONOUNS = ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'tuyo', 'tuya', 'tuyos', 'tuyas', 'vos', 'os', 'vosotros', 'vosotras', 'vuestro', 'vuestra', 'vuestros', 'vuestras'];

/** Second-person verb forms that have no other reading. */
const VERB_FORMS = [
  // present
  'tienes', 'puedes', 'quieres', 'eliges', 'escoges', 'decides', 'estás', 'eres', 'has', 'sabes', 'vas', 'haces', 'juegas', 'pierdes', 'debes',
  'necesitas', 'llevas', 'sigues', 'vuelves', 'crees', 'piensas', 'prefieres', 'tomas', 'usas', 'logras', 'consigues', 'obtienes', 'recibes',
  'mantienes', 'dices', 'ves', 'miras', 'lees', 'pulsas', 'oprimes', 'abres', 'cierras', 'guardas', 'descargas', 'copias', 'pegas', 'compartes',
  // future and conditional
  'tendrás', 'podrás', 'serás', 'harás', 'verás', 'deberás', 'estarás', 'habrás', 'sabrás', 'querrás', 'elegirás', 'decidirás',
  'tendrías', 'podrías', 'serías', 'harías', 'verías', 'deberías', 'estarías', 'habrías', 'querrías', 'elegirías', 'preferirías',
  // imperfect
  'tenías', 'podías', 'querías', 'sabías', 'habías', 'elegías', 'decidías', 'ibas', 'eras',
  // present subjunctive (negative imperatives, "cuando quieras", "a menos que lo copies")
  'olvides', 'elijas', 'escojas', 'pierdas', 'dejes', 'confundas', 'pulses', 'oprimas', 'uses', 'preocupes', 'tengas', 'puedas', 'quieras',
  'sepas', 'hagas', 'veas', 'vayas', 'seas', 'estés', 'juegues', 'copies', 'pegues', 'guardes', 'descargues', 'compartas', 'abras', 'decidas',
  'cambies', 'necesites', 'termines', 'empieces', 'escribas', 'leas', 'sigas', 'vuelvas',
  // imperatives that are never a third person
  'haz', 'pon', 'ten', 'ven', 'sé', 'di', 'ponte', 'vete', 'hazte', 'dime', 'dile', 'dilo', 'dale', 'dame', 'hazlo', 'ponlo',
  // voseo
  'tenés', 'podés', 'sabés', 'querés', 'sos', 'vení', 'mirá', 'fijate', 'elegís', 'decidís', 'hacé', 'decí', 'jugás', 'tomá', 'usá', 'pensá',
];

/** Tú imperatives spelled like a third person: a tú form only where a sentence starts, or with a pronoun attached. */
const IMPERATIVES = [
  'elige', 'escoge', 'pulsa', 'oprime', 'presiona', 'toca', 'mira', 'lee', 'abre', 'usa', 'copia', 'pega', 'guarda', 'descarga', 'imprime',
  'comparte', 'compara', 'observa', 'revisa', 'busca', 'prueba', 'intenta', 'recuerda', 'piensa', 'imagina', 'selecciona', 'escribe', 'anota',
  'escucha', 'escanea', 'trabaja', 'prepara', 'proyecta', 'repite', 'recorre', 'continúa', 'regresa', 'empieza', 'comienza', 'juega', 'explica',
  'discute', 'considera', 'mueve', 'arrastra', 'corre', 'procura', 'espera', 'manda', 'envía', 'asigna', 'pide', 'señala', 'permite',
  'pregunta', 'avisa', 'decide', 'termina', 'cambia', 'vuelve',
];

/** Imperatives that open too many third-person sentences or noun phrases ("Da a la relación…", "Entrega puntual") to count
 * alone; with a pronoun attached ("Dáselo", "entrégalo") they are still tú. */
const IMPERATIVES_WITH_PRONOUN_ONLY = ['da', 'entrega'];

/** Imperatives that are also nouns: "Toma de posesión", "Prueba de teorías", "Copia de seguridad". */
const NOUN_BEFORE_DE = new Set(['toma', 'prueba', 'copia', 'espera', 'carga', 'guarda', 'pregunta', 'entrega']);

/** Words with a second-person ending that are not a second person, each with the reason. */
export const NOT_TU: Readonly<Record<string, string>> = {
  existe: 'third person of existir', coexiste: 'third person of coexistir', consiste: 'third person of consistir', insiste: 'third person of insistir',
  resiste: 'third person of resistir', asiste: 'third person of asistir', persiste: 'third person of persistir', subsiste: 'third person of subsistir',
  desiste: 'third person of desistir', embiste: 'third person of embestir', reviste: 'third person of revestir',
  triste: 'adjective', chiste: 'noun', despiste: 'noun', quiste: 'noun', contraste: 'noun', desgaste: 'noun', traste: 'noun',
  baste: 'usted subjunctive of bastar', gaste: 'usted subjunctive of gastar',
  atrás: 'adverb', detrás: 'adverb',
  parte: 'noun', aparte: 'adverb', contraparte: 'noun', arte: 'noun', baluarte: 'noun', estandarte: 'noun', descarte: 'noun',
  comparte: 'third person of compartir', reparte: 'third person of repartir', imparte: 'third person of impartir', marte: 'proper noun (Campo Marte)', fuerte: 'adjective', muerte: 'noun', suerte: 'noun', inerte: 'adjective',
  trabas: 'noun', sílabas: 'noun',
};

// A closing dash ("—los cárteles, un desastre— abre espacio") does not start a sentence, so dashes are left out.
const SENTENCE_START = /(?:^|[.!?¿¡:;(«"“\n]\s*)$/u;
/** "EE. UU." and similar abbreviations end in a point without ending a sentence. */
const ABBREVIATION_BEFORE = /(?:EE\.\s?UU\.|núm\.|p\. ej\.|etc\.)\s*$/u;

const stripAccents = (word: string) => word.normalize('NFD').replace(/[\u0300-\u0301]/g, '').normalize('NFC');
const hasAccent = (word: string) => /[áéíóú]/.test(word);

const pronounSet = new Set(PRONOUNS);
const verbSet = new Set(VERB_FORMS);
const imperativeSet = new Set(IMPERATIVES.map(stripAccents));
const imperativeStemSet = new Set([...IMPERATIVES, ...IMPERATIVES_WITH_PRONOUN_ONLY].map(stripAccents));

/** "cópialo", "Dáselo", "Córrelo": a tú imperative with a pronoun attached, which carries the stress accent. */
function isImperativeWithPronoun(word: string): boolean {
  if (!hasAccent(word)) return false;
  const plain = stripAccents(word);
  return /(?:selos|selas|selo|sela|los|las|les|lo|la|le|me|nos)$/.test(plain)
    && ['selos', 'selas', 'selo', 'sela', 'los', 'las', 'les', 'lo', 'la', 'le', 'me', 'nos'].some((clitic) => plain.endsWith(clitic) && imperativeStemSet.has(plain.slice(0, -clitic.length)));
}

/** Whether a word reads as tú wherever it stands. */
function tuWord(word: string): boolean {
  if (word in NOT_TU) return false;
  if (pronounSet.has(word) || verbSet.has(word)) return true;
  if (/(?:aste|iste)$/.test(word) && !/(?:siste|xiste)$/.test(word)) return true; // preterite: elegiste, usaste
  if (/rás$/.test(word)) return true; // future: tendrás, elegirás
  if (/abas$/.test(word)) return true; // imperfect: estabas, jugabas
  if (hasAccent(word) && /[aeo]te(?:lo|la|los|las)?$/.test(word)) return true; // fíjate, tómatelo, preguntándote
  if (/(?:ar|er|ir)te(?:lo|la|los|las)?$/.test(word) && !/ierte$/.test(word)) return true; // tomarte, decírtelo (not advierte)
  return isImperativeWithPronoun(word);
}

/** Whether an imperative-looking word at this place gives an order: it opens a sentence, or joins a tú form already found
 * in this sentence ("Abre el enlace (o escanea el código)", "Haz clic y pulsa"). */
function givesOrder(before: string, orderedEarlier: boolean): boolean {
  if (SENTENCE_START.test(before)) return !ABBREVIATION_BEFORE.test(before);
  return orderedEarlier && /(?:,|\(|\b[yoeu])\s*\(?\s*$/u.test(before);
}

/** The tú or vos forms in a Spanish text, as written, in order. */
export function findTuForms(text: string): string[] {
  const found: string[] = [];
  let orderedInSentence = false;
  let sentenceStart = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const written = match[0];
    const word = written.toLowerCase();
    const before = text.slice(0, match.index);
    if (/[.!?;:\n]/.test(text.slice(sentenceStart, match.index))) orderedInSentence = false;
    sentenceStart = match.index;
    if (tuWord(word)) {
      found.push(written);
      orderedInSentence = true;
      continue;
    }
    if (!imperativeSet.has(stripAccents(word)) || !givesOrder(before, orderedInSentence)) continue;
    if (NOUN_BEFORE_DE.has(word) && /^\s+de\b/u.test(text.slice(match.index + written.length))) continue;
    found.push(written);
    orderedInSentence = true;
  }
  return found;
}
