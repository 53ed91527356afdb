import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchemaSdl, SCHEMA_FILE } from './build-schema';

buildSchemaSdl()
  .then((sdl) => {
    const file = path.resolve(__dirname, '../../../../', SCHEMA_FILE);
    writeFileSync(file, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
