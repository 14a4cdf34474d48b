// Bundles the back-office script into dist/client (run by `npm run build`, `npm start` and `npm test`).
import fs from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { bundleBackOfficeScript, builtBundle } = await tsImport('../src/app/client-bundle.ts', import.meta.url);
fs.mkdirSync(new URL('.', builtBundle), { recursive: true });
const started = performance.now();
const code = await bundleBackOfficeScript(builtBundle.pathname);
console.log(`back-office script: ${code.length} bytes in ${Math.round(performance.now() - started)} ms`);
