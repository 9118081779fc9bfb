/**
 * Side-effect module: switches this test process to a zone west of UTC. Imported first by
 * west-of-utc.test.ts so it runs before any other module touches a Date.
 */
export const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';
