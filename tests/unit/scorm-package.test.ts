// @vitest-environment jsdom
// The SCORM package's parts: a manifest an LMS accepts (well-formed, SCORM 1.2 metadata, one SCO at index.html, every
// file listed) and a zip that is the same bytes for the same files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../scripts/scorm/manifest.ts';
import { listFiles, zipFolder } from '../../scripts/scorm/zip-folder.ts';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

describe('the SCORM 1.2 manifest', () => {
  const xml = scormManifest({ identifier: 'sexenio', version: '0.1.0', title: 'Sexenio: US–Mexico <defense> & relations', files: ['index.html', 'assets/a b.js', 'imsmanifest.xml'] });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');

  it('is well-formed XML in the IMS content-packaging namespace, with the SCORM 1.2 metadata', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(IMSCP);
    expect(doc.documentElement.localName).toBe('manifest');
    expect(doc.querySelector('metadata > schema')?.textContent).toBe('ADL SCORM');
    expect(doc.querySelector('metadata > schemaversion')?.textContent).toBe('1.2');
  });

  it('has one organization whose one item launches one SCO at index.html, listing every file', () => {
    const org = doc.querySelector('organizations');
    expect(org?.getAttribute('default')).toBe(doc.querySelector('organization')?.getAttribute('identifier'));
    const items = doc.querySelectorAll('item');
    expect(items).toHaveLength(1);
    expect(doc.querySelector('organization > title')?.textContent).toBe('Sexenio: US–Mexico <defense> & relations');
    const resources = doc.querySelectorAll('resource');
    expect(resources).toHaveLength(1);
    const sco = resources[0]!;
    expect(items[0]?.getAttribute('identifierref')).toBe(sco.getAttribute('identifier'));
    expect(sco.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
    expect(sco.getAttribute('type')).toBe('webcontent');
    expect(sco.getAttribute('href')).toBe('index.html');
    expect([...sco.querySelectorAll('file')].map((f) => f.getAttribute('href'))).toEqual(['assets/a b.js', 'imsmanifest.xml', 'index.html']);
  });
});

describe('the package zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-zip-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1);'.repeat(100));

  it('holds every file at its relative path, with the extra files at the root', () => {
    expect(listFiles(dir)).toEqual(['assets/main.js', 'index.html']);
    const files = unzipSync(zipFolder(dir, { 'imsmanifest.xml': '<manifest/>' }));
    expect(Object.keys(files).sort()).toEqual(['assets/main.js', 'imsmanifest.xml', 'index.html']);
    expect(new TextDecoder().decode(files['imsmanifest.xml'])).toBe('<manifest/>');
    expect(new TextDecoder().decode(files['assets/main.js'])).toBe('console.log(1);'.repeat(100));
  });

  it('is the same bytes every time for the same files', () => {
    const first = zipFolder(dir, { 'imsmanifest.xml': '<manifest/>' });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    expect(Buffer.from(zipFolder(dir, { 'imsmanifest.xml': '<manifest/>' })).equals(Buffer.from(first))).toBe(true);
  });
});
