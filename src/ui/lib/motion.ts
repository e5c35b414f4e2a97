// The only place that reaches the animation library (with motion-features.ts, which LazyMotion loads after the first
// paint so the features stay out of the initial JavaScript). `motion` here is framer-motion's lightweight `m`
// component. MotionConfig takes reducedMotion "user" or "always".
import { firstPaint } from './first-paint.ts';

export { LazyMotion, m as motion, MotionConfig } from 'framer-motion';

export const loadMotionFeatures = () =>
  firstPaint()
    .then(() => import('./motion-features.ts'))
    .then((module) => module.default);
