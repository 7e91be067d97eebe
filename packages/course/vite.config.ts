/**
 * `npm run dev -w @levelwise/course`: the course for one area in Vite's dev server, without an LMS (standalone
 * mode, progress in this browser). LEVELWISE_AREA=<area> picks the area (default telford-wrekin). Packages are
 * built by scripts/build.ts and scripts/package.ts, not from this file.
 */
import { defineConfig } from 'vite';
import { courseViteConfig } from './build/build-course.ts';
import { AREAS, type CourseArea, DEFAULT_AREA } from './build/options.ts';

const area = (process.env.LEVELWISE_AREA ?? DEFAULT_AREA) as CourseArea;
if (!AREAS.includes(area)) {
  throw new Error(`LEVELWISE_AREA: unknown area "${area}"; expected one of ${AREAS.join(', ')}`);
}
const { configFile: _configFile, ...config } = courseViteConfig({ area, outDir: 'dist/dev' });

export default defineConfig({ ...config, server: { host: '127.0.0.1' } });
