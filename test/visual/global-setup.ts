import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each visual run starts with an empty review folder, so what is there after a run is this run's failures. */
export default async function clearReviewFolder() {
  const review = path.join(path.dirname(fileURLToPath(import.meta.url)), '.review');
  await rm(review, { recursive: true, force: true });
}
