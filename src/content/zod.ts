// zod for every decoder in the game, set up once: jitless, because zod's speed-up probes `new Function`, which the
// Content-Security-Policy forbids (the probe alone is reported as a violation). Import z from here, never from 'zod'.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
