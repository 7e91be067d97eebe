/**
 * A small, strict, namespace-aware XML reader and the escaping helpers the manifest writer needs.
 *
 * It exists so that `validateManifestSemantics` can run anywhere (Node, a browser, a build script) without a
 * DOM and without a dependency. It checks well-formedness (one root, matching tags, quoted attributes, known
 * entities, bound prefixes, no duplicate attributes) and records the line and column of every element and
 * attribute so that errors can say where they are. It does not read DTDs: a DOCTYPE is skipped, and only the
 * five predefined entities and character references are expanded.
 */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  /** The name as written, with its prefix (`adlcp:scormType`). */
  readonly name: string;
  readonly prefix: string | undefined;
  readonly local: string;
  /** Resolved namespace URI; unprefixed attributes are in no namespace. */
  readonly namespace: string | undefined;
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface XmlElement {
  readonly name: string;
  readonly prefix: string | undefined;
  readonly local: string;
  readonly namespace: string | undefined;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Concatenated character data directly inside this element (not its descendants). */
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export class XmlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`XML syntax error at line ${line}, column ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
    this.line = line;
    this.column = column;
  }
}

interface MutableElement {
  name: string;
  prefix: string | undefined;
  local: string;
  namespace: string | undefined;
  attributes: XmlAttribute[];
  children: MutableElement[];
  text: string;
  line: number;
  column: number;
  scope: Map<string, string>;
}

const NAME_START =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const NAME_CHAR =
  /[A-Za-z0-9_:.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses a complete XML document and returns its root element. Throws `XmlSyntaxError` with a position. */
export function parseXml(source: string): XmlElement {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const fail = (message: string, offset: number): never => {
    const { line, column } = position(offset);
    throw new XmlSyntaxError(message, line, column);
  };

  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;

  const readName = (): string => {
    const start = i;
    if (i >= source.length || !NAME_START.test(source[i] ?? '')) fail('expected a name', i);
    i++;
    while (i < source.length && NAME_CHAR.test(source[i] ?? '')) i++;
    return source.slice(start, i);
  };
  const skipSpace = (): boolean => {
    const start = i;
    while (i < source.length && /[ \t\r\n]/.test(source[i] ?? '')) i++;
    return i > start;
  };
  const decode = (raw: string, offset: number): string =>
    raw.replace(/&([^;&\s<]*);?/g, (match, body: string, at: number) => {
      if (!match.endsWith(';')) fail(`"&" must start an entity reference such as &amp;`, offset + at);
      if (body.startsWith('#x')) {
        const code = Number.parseInt(body.slice(2), 16);
        if (!/^#x[0-9A-Fa-f]+$/.test(body) || code > 0x10ffff)
          fail(`bad character reference &${body};`, offset + at);
        return String.fromCodePoint(code);
      }
      if (body.startsWith('#')) {
        const code = Number.parseInt(body.slice(1), 10);
        if (!/^#[0-9]+$/.test(body) || code > 0x10ffff)
          fail(`bad character reference &${body};`, offset + at);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[body];
      if (value === undefined)
        fail(`unknown entity &${body}; (only &lt; &gt; &amp; &quot; &apos; are defined)`, offset + at);
      return value as string;
    });
  const splitName = (name: string, offset: number): { prefix: string | undefined; local: string } => {
    const colon = name.indexOf(':');
    if (colon === -1) return { prefix: undefined, local: name };
    if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1)
      fail(`"${name}" is not a valid qualified name`, offset);
    return { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
  };

  const addText = (text: string, offset: number): void => {
    const top = stack[stack.length - 1];
    if (top) {
      top.text += text;
    } else if (text.trim() !== '') {
      fail('text is not allowed outside the root element', offset);
    }
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      addText(decode(source.slice(i), i), i);
      i = source.length;
      break;
    }
    if (lt > i) {
      const raw = source.slice(i, lt);
      addText(decode(raw, i), i);
    }
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) fail('comment is not closed with -->', i);
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      if (end === -1) fail('CDATA section is not closed with ]]>', i);
      if (stack.length === 0) fail('CDATA is not allowed outside the root element', i);
      addText(source.slice(i + 9, end), i);
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end === -1) fail('processing instruction is not closed with ?>', i);
      const target = /^<\?([^\s?]+)/.exec(source.slice(i, end))?.[1] ?? '';
      if (target.toLowerCase() === 'xml' && i !== (source.charCodeAt(0) === 0xfeff ? 1 : 0))
        fail('the XML declaration must be at the very start of the document', i);
      i = end + 2;
    } else if (source.startsWith('<!DOCTYPE', i)) {
      if (root || stack.length > 0) fail('DOCTYPE must come before the root element', i);
      let depth = 0;
      let j = i + 9;
      for (; j < source.length; j++) {
        const c = source[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth === 0) break;
      }
      if (j >= source.length) fail('DOCTYPE is not closed', i);
      i = j + 1;
    } else if (source.startsWith('</', i)) {
      const at = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (source[i] !== '>') fail(`expected ">" to close </${name}`, i);
      i++;
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> has no matching opening tag`, at);
      else if (open.name !== name)
        fail(`closing tag </${name}> does not match <${open.name}> opened at line ${open.line}`, at);
    } else {
      const at = i;
      i++;
      if (root && stack.length === 0) fail('only one root element is allowed', at);
      const name = readName();
      const rawAttributes: { name: string; value: string; offset: number }[] = [];
      let selfClosing = false;
      for (;;) {
        const spaced = skipSpace();
        if (i >= source.length) fail(`tag <${name}> is not closed`, at);
        if (source[i] === '>') {
          i++;
          break;
        }
        if (source.startsWith('/>', i)) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (!spaced) fail(`expected white space before an attribute in <${name}>`, i);
        const attrAt = i;
        const attrName = readName();
        skipSpace();
        if (source[i] !== '=') fail(`attribute ${attrName} in <${name}> needs ="value"`, i);
        i++;
        skipSpace();
        const quote = source[i];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} in <${name}> must be quoted`, i);
        const end = source.indexOf(quote as string, i + 1);
        if (end === -1) fail(`attribute ${attrName} in <${name}> is not closed`, i);
        const raw = source.slice(i + 1, end);
        if (raw.includes('<')) fail(`"<" is not allowed in the value of attribute ${attrName}`, i);
        if (rawAttributes.some((a) => a.name === attrName))
          fail(`attribute ${attrName} appears twice in <${name}>`, attrAt);
        rawAttributes.push({
          name: attrName,
          value: decode(raw, i + 1).replace(/[\t\r\n]/g, ' '),
          offset: attrAt,
        });
        i = end + 1;
      }
      const parent = stack[stack.length - 1];
      const scope = new Map(parent?.scope ?? [['xml', XML_NAMESPACE]]);
      for (const a of rawAttributes) {
        if (a.name === 'xmlns') scope.set('', a.value);
        else if (a.name.startsWith('xmlns:')) {
          const p = a.name.slice(6);
          if (a.value === '') fail(`namespace prefix ${p} cannot be bound to an empty URI`, a.offset);
          scope.set(p, a.value);
        }
      }
      const { prefix, local } = splitName(name, at + 1);
      const namespace = prefix === undefined ? scope.get('') || undefined : scope.get(prefix);
      if (prefix !== undefined && namespace === undefined)
        fail(`namespace prefix "${prefix}" is not declared`, at + 1);
      const attributes: XmlAttribute[] = [];
      const seen = new Set<string>();
      for (const a of rawAttributes) {
        const split = splitName(a.name, a.offset);
        const ns =
          a.name === 'xmlns' || split.prefix === 'xmlns'
            ? XMLNS_NAMESPACE
            : split.prefix === undefined
              ? undefined
              : scope.get(split.prefix);
        if (split.prefix !== undefined && ns === undefined)
          fail(`namespace prefix "${split.prefix}" of attribute ${a.name} is not declared`, a.offset);
        const key = `{${ns ?? ''}}${split.local}`;
        if (seen.has(key))
          fail(`attribute ${a.name} is given twice in <${name}> (same namespace and name)`, a.offset);
        seen.add(key);
        const { line, column } = position(a.offset);
        attributes.push({
          name: a.name,
          prefix: split.prefix,
          local: split.local,
          namespace: ns,
          value: a.value,
          line,
          column,
        });
      }
      const { line, column } = position(at);
      const element: MutableElement = {
        name,
        prefix,
        local,
        namespace,
        attributes,
        children: [],
        text: '',
        line,
        column,
        scope,
      };
      if (parent) parent.children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(`element <${open.name}> opened at line ${open.line} is never closed`, source.length);
  if (!root) fail('the document has no root element', 0);
  return root as XmlElement;
}

/** The value of the attribute with this namespace and local name, or undefined. */
export function attr(element: XmlElement, local: string, namespace?: string): string | undefined {
  return element.attributes.find((a) => a.local === local && a.namespace === namespace)?.value;
}

export function attribute(element: XmlElement, local: string, namespace?: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.local === local && a.namespace === namespace);
}

/** Direct children with this namespace and local name. */
export function childrenNamed(
  element: XmlElement,
  local: string,
  namespace: string | undefined,
): XmlElement[] {
  return element.children.filter((c) => c.local === local && c.namespace === namespace);
}

/** Every descendant (depth first, document order) with this namespace and local name. */
export function descendantsNamed(
  element: XmlElement,
  local: string,
  namespace: string | undefined,
): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.local === local && c.namespace === namespace) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

/** Escapes text for use inside an element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}
