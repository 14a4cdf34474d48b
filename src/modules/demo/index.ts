/**
 * @module demo
 * Demo data for Gremia: the invented Kreis Nordheide with two Wahlperioden, committees,
 * persons, about 150 meetings and 600 papers with PDFs. Generation is deterministic per seed;
 * the loader writes everything in one transaction.
 */
export { loadDemoData, isDatabaseEmpty, DemoAlreadyLoadedError, type DemoSummary, type DemoCounts } from './demo.load.ts';
export { generateDemoData, DEMO_SEED } from './demo.generate.ts';
export { renderDemoPdf, documentText } from './demo.pdf.ts';
export { DEMO_ANCHOR_DATE } from './demo.calendar.ts';
export { DEMO_BODY_KEY } from './demo.names.ts';
export type { DemoData, DemoFile, DemoMeeting, DemoPaper } from './demo.types.ts';
export { DEMO_PASSWORD, type DemoAccount } from './demo.accounts.ts';
