// Every unit test's setup (vite.config.ts, test.setupFiles). Lazy screens and the debrief's parts arrive
// asynchronously, much later on a busy machine than on an idle one: findBy… and waitFor wait for them up to this
// long (Testing Library's default is one second). What is waited for stays the same: only the patience grows.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 30_000 });
