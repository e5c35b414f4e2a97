// The Spanish interface and scenario text speak to the player as "usted" only: no tú, no voseo.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFolders } from '../../content/load-scenarios-node.ts';
import { esHistoryChecked } from './history-messages.ts';
import { esLabChecked } from './lab-messages.ts';
import { es as esApp } from './messages.ts';
import { findTuForms, NOT_TU } from './tu-forms.ts';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Every Spanish string in a tree as [where, text]; `spanishHere` says whether strings at this level are Spanish. */
function spanishStrings(value: Json, where: string, spanishHere: boolean): [string, string][] {
  if (typeof value === 'string') return spanishHere ? [[where, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => spanishStrings(item as Json, `${where}[${i}]`, spanishHere));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => spanishStrings(item, where ? `${where}.${key}` : key, spanishHere || key === 'es'));
  }
  return [];
}

function tuProblems(strings: [string, string][]): string[] {
  return strings.flatMap(([where, text]) => {
    const found = findTuForms(text);
    return found.length > 0 ? [`${where}: ${found.join(', ')} — "${text}"`] : [];
  });
}

describe('findTuForms', () => {
  it.each([
    ['Elige una estrategia para cada sexenio.', ['Elige']],
    ['Sus asesores opinan sobre tu rumbo.', ['tu']],
    ['Tus decisiones ({{path}})', ['Tus']],
    ['La estrategia no la elegiste tú.', ['elegiste', 'tú']],
    ['Se acabó el tiempo. Tómate el momento que necesites.', ['Tómate', 'necesites']],
    ['No se pudo copiar: selecciona el texto y cópialo a mano.', ['selecciona', 'cópialo']],
    ['Dáselo a tu docente; te lo devolverá.', ['Dáselo', 'tu', 'te']],
    ['Procura tomarte unos minutos.', ['Procura', 'tomarte']],
    ['¿Quieres seguir? Puedes descargarla cuando quieras.', ['Quieres', 'Puedes', 'quieras']],
    ['Haz clic y pulsa «Continuar».', ['Haz', 'pulsa']],
    ['El equipo decide y pulsa «Continuar».', []],
    ['Abre el enlace (o escanea el código QR).', ['Abre', 'escanea']],
    ['Lo que pasó después de ti, contigo al frente.', ['ti', 'contigo']],
    ['Vos tenés la decisión; podés cambiarla.', ['Vos', 'tenés', 'podés']],
    ['Frente a la tuya, tendrás que decidir.', ['tuya', 'tendrás']],
  ])('flags the tú forms in "%s"', (text, expected) => {
    expect(findTuForms(text)).toEqual(expected);
  });

  it.each([
    'El PRI tuvo la presidencia; en total, la tutela de la Marina duró poco.',
    'Toma de posesión, diciembre de 2012',
    'Prueba de teorías (20 minutos): repita el mismo camino.',
    'EE. UU. comparte información sensible en proporción a la misión conjunta.',
    'La no intervención existe en la Constitución y resiste a las presiones; el desgaste es lento.',
    'El límite marítimo queda atrás, detrás de la frontera.',
    'Elija una estrategia, pulse «¿Por qué cambió?» y continúe. Sus asesores lo esperan.',
    'Un solo problema compartido —los cárteles, un desastre— abre espacio para trabajar juntas.',
    'Desde el primer año la cooperación sigue creciendo y luego cambia de rumbo.',
    'Ábralo en la versión actual y cópielo otra vez; tómese el tiempo que necesite.',
    'Entrega puntual',
    'La suerte es parte del arte de gobernar, y la muerte de un capo lo advierte.',
  ])('finds nothing in the usted or third-person text "%s"', (text) => {
    expect(findTuForms(text)).toEqual([]);
  });

  it('gives a reason for every word it lets through', () => {
    for (const [word, reason] of Object.entries(NOT_TU)) expect(reason.trim(), word).not.toBe('');
  });
});

describe('Spanish register', () => {
  it('keeps every Spanish interface string in usted', () => {
    const strings = spanishStrings({ ...esApp, ...esHistoryChecked, ...esLabChecked }, '', true);
    expect(strings.length).toBeGreaterThan(500);
    expect(tuProblems(strings)).toEqual([]);
  });

  it('keeps every Spanish string of every scenario in usted', () => {
    const strings = scenarioFolders().flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) => spanishStrings(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json, `${basename(dir)}/${file} ›`, false)),
    );
    expect(strings.length).toBeGreaterThan(500);
    expect(tuProblems(strings)).toEqual([]);
  });
});
