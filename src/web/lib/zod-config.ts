import { config } from 'zod';

// The console's Content-Security-Policy forbids eval. zod probes for it (`new Function`) when it
// builds its first object schema, to compile faster parsers, and the browser reports the blocked
// probe as a policy violation on every page whose code holds a shared schema (the roster, 吹哨报到,
// 委员接待日 …). Parsing without compiled parsers is all the console needs. Imported first by
// main.tsx, before any schema is built.
config({ jitless: true });
