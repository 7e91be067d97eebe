/**
 * `npm run pack:libs`: builds the publishable libraries (@levelwise/frameworks and @levelwise/ui) and packs
 * them into dist/pack/*.tgz, exactly as `npm publish` would ship them.
 *
 * In the workspace, packages export TypeScript source (only apps build). For npm, each library is compiled
 * file by file with `tsc` (ESM JavaScript + declarations, one module per source file, so a per-component
 * subpath import pulls in only that component), its CSS is copied beside the JavaScript, and a staging
 * folder gets a package.json whose `exports` point at dist/. React stays a peer dependency.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/pack');

interface Library {
  dir: string;
  /** Where tsc writes what it compiles from src/ (ui: rootDir src; frameworks: rootDir ., for its data/*.json). */
  srcOut: string;
}

const LIBRARIES: Library[] = [
  { dir: 'packages/frameworks', srcOut: './dist/src/' },
  { dir: 'packages/ui', srcOut: './dist/' },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** `./x.ts` → `./x.js` in emitted declarations (tsc keeps the source extension there). */
function rewriteDeclarationSpecifiers(file: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]+?)\.tsx?\2/g, '$1$2$3.js$2');
  if (next !== text) writeFileSync(file, next);
}

/** `./src/a/index.ts` → `./dist/a/index.js` (+ types); CSS → its copy in dist; `./data/*` → the compiled copy. */
function distExport(target: string, lib: Library) {
  if (target.startsWith('./data/')) return target.replace(/^\.\/data\//, './dist/data/');
  if (target.endsWith('.css')) return target.replace(/^\.\/src\//, lib.srcOut);
  if (!target.startsWith('./src/')) return target;
  const js = target.replace(/^\.\/src\//, lib.srcOut).replace(/\.tsx?$/, '.js');
  return { types: js.replace(/\.js$/, '.d.ts'), default: js };
}

function pack(lib: Library, versions: Map<string, string>) {
  const dir = path.join(root, lib.dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const buildConfig = path.join(dir, 'tsconfig.build.json');
  if (!existsSync(buildConfig))
    throw new Error(`${lib.dir}: no tsconfig.build.json to compile the package with.`);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', buildConfig], { stdio: 'inherit', cwd: dir });
  for (const file of walk(path.join(dir, 'src'))) {
    if (file.endsWith('.css')) {
      const dest = path.join(dir, lib.srcOut, path.relative(path.join(dir, 'src'), file));
      mkdirSync(path.dirname(dest), { recursive: true });
      cpSync(file, dest);
    }
  }
  for (const file of walk(path.join(dir, 'dist')))
    if (file.endsWith('.d.ts')) rewriteDeclarationSpecifiers(file);

  const stage = path.join(dir, '.pack');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  cpSync(path.join(dir, 'dist'), path.join(stage, 'dist'), { recursive: true });
  cpSync(path.join(dir, 'README.md'), path.join(stage, 'README.md'));

  const exportsMap: Record<string, unknown> = {};
  for (const [key, target] of Object.entries(pkg.exports as Record<string, string>)) {
    exportsMap[key] = distExport(target, lib);
  }
  const dependencies = Object.fromEntries(
    Object.entries((pkg.dependencies ?? {}) as Record<string, string>).map(([name, range]) => [
      name,
      name.startsWith('@levelwise/') ? (versions.get(name) ?? range) : range,
    ]),
  );
  const published = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    type: 'module',
    sideEffects: pkg.sideEffects,
    exports: exportsMap,
    ...(pkg.bin
      ? {
          bin: Object.fromEntries(
            Object.entries(pkg.bin as Record<string, string>).map(([name, target]) => [
              name,
              (distExport(target, lib) as { default: string }).default,
            ]),
          ),
        }
      : {}),
    files: ['dist', 'README.md'],
    dependencies,
    ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies } : {}),
  };
  const missing = Object.entries(exportsMap).flatMap(([key, target]) => {
    const file = typeof target === 'string' ? target : (target as { default: string }).default;
    return file.includes('*') || existsSync(path.join(stage, file)) ? [] : [`${key} → ${file}`];
  });
  if (missing.length > 0) {
    throw new Error(
      `${pkg.name}: these exports point at files the build did not produce:\n  ${missing.join('\n  ')}`,
    );
  }
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  mkdirSync(outDir, { recursive: true });
  const out = execFileSync(
    'npm',
    ['pack', stage, '--pack-destination', outDir, '--json', '--loglevel=error'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const [info] = JSON.parse(out) as Array<{
    filename: string;
    size: number;
    unpackedSize: number;
    entryCount: number;
  }>;
  console.log(
    `${pkg.name}: ${info?.filename} (${info?.entryCount} files, ${((info?.size ?? 0) / 1024).toFixed(1)} kB packed)`,
  );
  return path.join(outDir, info?.filename ?? '');
}

const only = process.argv.slice(2);
const versions = new Map<string, string>();
for (const lib of LIBRARIES) {
  const pkg = JSON.parse(readFileSync(path.join(root, lib.dir, 'package.json'), 'utf8'));
  versions.set(pkg.name, pkg.version);
}
for (const lib of LIBRARIES) {
  if (only.length > 0 && !only.some((o) => lib.dir.endsWith(o))) continue;
  pack(lib, versions);
}
