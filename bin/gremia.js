#!/usr/bin/env node
// Entry of the `gremia` command. The sources are TypeScript; tsx compiles them as they load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
