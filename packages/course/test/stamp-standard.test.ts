import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampStandard } from '../build/build-course.ts';

describe('stampStandard', () => {
  it('writes the standard on <html> exactly once, replacing an earlier stamp', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-stamp-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html>\n<html lang="en-GB" data-scorm="2004">\n<head></head></html>',
    );
    stampStandard(dir, '1.2');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<html lang="en-GB" data-scorm="1.2">');
    stampStandard(dir, '2004');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html.match(/data-scorm=/g)).toHaveLength(1);
    expect(html).toContain('data-scorm="2004"');
  });

  it('refuses a page without <html>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-stamp-'));
    writeFileSync(join(dir, 'index.html'), '<p>no document</p>');
    expect(() => stampStandard(dir, '1.2')).toThrow(/no <html> element/);
  });
});
