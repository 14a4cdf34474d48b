/**
 * @module app/server
 * A running Gremia: runtime, demo data on first start, the HTTP app, and a clean shutdown.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { isDatabaseEmpty, loadDemoData } from '../modules/demo/index.ts';
import { createLogger } from '../logger.ts';
import { openRuntime } from './runtime.ts';
import { startTextJobs, startUploadSweeps } from '../modules/files/index.ts';
import { refreshSearchIndex } from '../modules/search/index.ts';
import { buildApp } from './app.ts';

export async function startServer(config: Config): Promise<FastifyInstance> {
  const logger = createLogger(config);
  const runtime = await openRuntime(config);
  if (config.demoData && (await isDatabaseEmpty(runtime.database.db))) {
    const started = Date.now();
    const { bodyName, counts, accounts } = await loadDemoData(runtime.database.db, runtime.storage);
    logger.info({ ms: Date.now() - started, counts }, `Demo-Daten „${bodyName}“ geladen`);
    // the demo password is public (README); it is not written here all the same
    logger.info({ accounts: accounts.map((a) => `${a.email} (${a.role})`) }, 'Demo-Zugänge angelegt; Passwort siehe README, Abschnitt „Demo logins“');
  }
  // index what changed while no server ran (imports from the command line, upgrades)
  await refreshSearchIndex(runtime.database.db);
  const app = await buildApp({ database: runtime.database, storage: runtime.storage, config, logger });
  const textJobs = await startTextJobs(runtime.database, runtime.storage, {
    onError: (err) => app.log.error({ err }, 'Texterkennung: Fehler im Auftragsdienst'),
  });
  // uploads no saved form took within a day, hourly (and once now)
  const uploadSweeps = await startUploadSweeps(runtime.database.db, runtime.storage, {
    onError: (err) => app.log.error({ err }, 'Hochgeladene Dateien: Aufräumen fehlgeschlagen'),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    uploadSweeps.stop();
    await textJobs.stop();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Gremia läuft auf ${config.baseUrl}`);
  return app;
}
