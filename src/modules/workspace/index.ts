/** @module workspace — the administration's workspace: `/verwaltung` and „Meine Aufgaben“. Routes in workspace.routes.tsx. */
export { tasksFor, type TaskGroup, type TaskItem } from './workspace.tasks.ts';
