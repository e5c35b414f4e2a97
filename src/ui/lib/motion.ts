// The only file that imports the animation library. LazyMotion with the DOM-animation feature set keeps the bundle
// small; `motion` here is framer-motion's lightweight `m` component. MotionConfig takes reducedMotion "user" or "always".
export { domAnimation, LazyMotion, m as motion, MotionConfig } from 'framer-motion';
