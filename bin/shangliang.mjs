#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader (see docs/decisions.md: no separate server build).
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
