import { domAnimation, LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

/**
 * Every animated Levelwise component renders inside this: the small `domAnimation` feature set (use `m.div`,
 * not `motion.div`, so the bundle stays small) and `reducedMotion="user"`, so animations stop when the person
 * (or a screenshot test) asks for reduced motion.
 */
export function LevelwiseMotion({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
