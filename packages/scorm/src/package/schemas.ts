import type { ScormStandard } from './config.ts';

/**
 * The XSD (and DTD) files shipped at the root of every package, from `./schemas/<folder>/`.
 *
 * SCORM 2004: ADL's 4th Edition set (adlnet/SCORM-2004-4ed-SampleRTE), byte-identical except that
 * `imscp_v1p1.xsd` imports the local `xml.xsd` instead of `http://www.w3.org/2001/xml.xsd`, so a validator or
 * an LMS never needs the network. SCORM 1.2: the content-packaging and ADL schemas the manifest names in
 * `xsi:schemaLocation`, plus `ims_xml.xsd` which `imscp_rootv1p1p2.xsd` imports. See `./schemas/SOURCES.md`.
 */
const SCHEMA_FILES = {
  '1.2': ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd'],
  '2004': [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
} as const satisfies Record<ScormStandard, readonly string[]>;

export function schemaFileNames(standard: ScormStandard): readonly string[] {
  return SCHEMA_FILES[standard];
}

/** Folder under `./schemas/` holding the files for a standard. */
export function schemaFolder(standard: ScormStandard): string {
  return standard === '1.2' ? '1.2' : '2004-4th';
}
