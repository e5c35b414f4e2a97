// Every parameter documented under a label of its own, and every value the scenario gives it (default, theory, US posture) inside its range.
import type { ContentIssue } from './check-references.ts';
import type { ScenarioSource } from './schema.ts';

export function checkParameters(s: ScenarioSource): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const factorIds = new Set(s.factors.map((f) => f.id));
  const docs = new Map(Object.entries(s.parameters));

  for (const name of Object.keys(s.params)) if (!docs.has(name)) add(`params.${name}`, `"${name}" is not documented in parameters`);
  // A label names one parameter: the lab's sliders and the tornado's rows are read by it.
  const labelled = new Map<string, string>();
  for (const [name, doc] of docs) {
    if (!Object.hasOwn(s.params, name)) add(`parameters.${name}`, `documents "${name}", which is not in params`);
    if (!factorIds.has(doc.factor)) add(`parameters.${name}.factor`, `unknown factor "${doc.factor}"`);
    for (const [language, label] of Object.entries(doc.label)) {
      const key = `${language}\u0000${label}`;
      const other = labelled.get(key);
      if (other !== undefined) add(`parameters.${name}.label.${language}`, `"${label}" already labels ${other}: give each parameter its own label`);
      else labelled.set(key, name);
    }
  }

  const inRange = (name: string, value: number, path: string, whose: string) => {
    const doc = docs.get(name);
    if (doc && (value < doc.min || value > doc.max)) add(path, `${name} = ${value} (${whose}) lies outside its documented range ${doc.min} to ${doc.max}`);
  };
  for (const [name, value] of Object.entries(s.params)) inRange(name, value, `params.${name}`, 'the default');
  const sets = [
    { list: s.theories, key: 'theories', whose: 'theory' },
    { list: s.usPostures, key: 'usPostures', whose: 'US posture' },
  ] as const;
  for (const { list, key, whose } of sets) {
    list.forEach((set, i) => {
      for (const [name, value] of Object.entries(set.params)) {
        if (!Object.hasOwn(s.params, name)) add(`${key}[${i}].params.${name}`, `unknown parameter "${name}"`);
        else inRange(name, value, `${key}[${i}].params.${name}`, `${whose} "${set.id}"`);
      }
    });
  }
  return issues;
}
