import { describe, expect, it } from 'vitest';
import { attr, childrenNamed, descendantsNamed, escapeXml, parseXml, XmlSyntaxError } from './xml.ts';

function syntaxError(source: string): XmlSyntaxError {
  try {
    parseXml(source);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a syntax error');
}

describe('parseXml', () => {
  it('resolves default and prefixed namespaces, scoped per element', () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<m xmlns="urn:a" xmlns:p="urn:p"><p:x p:k="1" k="2"/><y xmlns="urn:b"><z/></y></m>`,
    );
    expect(root.namespace).toBe('urn:a');
    const x = root.children[0]!;
    expect([x.local, x.namespace]).toEqual(['x', 'urn:p']);
    expect(attr(x, 'k', 'urn:p')).toBe('1');
    expect(attr(x, 'k')).toBe('2');
    expect(descendantsNamed(root, 'z', 'urn:b')).toHaveLength(1);
    expect(childrenNamed(root, 'y', 'urn:a')).toHaveLength(0);
  });

  it('records element and attribute lines', () => {
    const root = parseXml('<a>\n  <b\n    c="1"/>\n</a>');
    const b = root.children[0]!;
    expect(b.line).toBe(2);
    expect(b.attributes[0]!.line).toBe(3);
  });

  it('decodes the predefined entities, character references and CDATA; skips comments, PIs and DOCTYPE', () => {
    const root = parseXml(
      '<!DOCTYPE a [<!ENTITY x "y">]><a t="&lt;&amp;&#65;&#x42;">x &gt; y<!-- c --><![CDATA[<raw>&]]><?pi z?></a>',
    );
    expect(attr(root, 't')).toBe('<&AB');
    expect(root.text).toBe('x > y<raw>&');
  });

  it.each([
    ['<a><b></a>', 'does not match <b>', 1],
    ['<a>\n<b>\n</a>', 'does not match <b> opened at line 2', 3],
    ['<a/><b/>', 'only one root element', 1],
    ['<a x="1" x="2"/>', 'appears twice', 1],
    ['<a xmlns:p="u" p:x="1" xmlns:q="u" q:x="2"/>', 'same namespace and name', 1],
    ['<p:a/>', 'prefix "p" is not declared', 1],
    ['<a b=1/>', 'must be quoted', 1],
    ['<a>&nbsp;</a>', 'unknown entity &nbsp;', 1],
    ['<a>fish & chips</a>', 'must start an entity reference', 1],
    ['<a>\n\n<b>', 'never closed', 3],
    ['text<a/>', 'outside the root', 1],
    ['', 'no root element', 1],
    ['<a x="<"/>', '"<" is not allowed', 1],
    ['<a><!-- open </a>', 'comment is not closed', 1],
    ['  <?xml version="1.0"?><a/>', 'very start', 1],
  ])('rejects %j with a positioned message', (source, message, line) => {
    const e = syntaxError(source);
    expect(e.message).toContain(message);
    expect(e.line).toBe(line);
  });
});

describe('escapeXml', () => {
  it('escapes the five markup characters and round-trips through the parser', () => {
    const text = `Telford & Wrekin <"level 3"> it's`;
    expect(escapeXml(text)).toBe('Telford &amp; Wrekin &lt;&quot;level 3&quot;&gt; it&apos;s');
    const root = parseXml(`<a t="${escapeXml(text)}">${escapeXml(text)}</a>`);
    expect(attr(root, 't')).toBe(text);
    expect(root.text).toBe(text);
  });
});
