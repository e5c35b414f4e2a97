// Testing Library waits up to a second by default for what a test finds; on a busy machine a screen can take longer
// to appear. What is waited for stays the same: only the patience grows.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
