// imsmanifest.xml for a SCORM 1.2 package: one organization, one item, one SCO launched at index.html, and every
// file of the package listed in its resource. It references no schema files (schemaLocation is optional), so the
// package carries none.

export type ManifestInfo = { readonly identifier: string; readonly version: string; readonly title: string; readonly files: readonly string[] };

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest({ identifier, version, title, files }: ManifestInfo): string {
  const fileLines = [...files].sort().map((f) => `      <file href="${escapeXml(f)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(version)}"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${escapeXml(identifier)}-org">`,
    `    <organization identifier="${escapeXml(identifier)}-org">`,
    `      <title>${escapeXml(title)}</title>`,
    `      <item identifier="${escapeXml(identifier)}-item" identifierref="${escapeXml(identifier)}-sco" isvisible="true">`,
    `        <title>${escapeXml(title)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${escapeXml(identifier)}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">`,
    ...fileLines,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
