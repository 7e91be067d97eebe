import { setProjectAnnotations } from '@storybook/react-vite';
import * as previewAnnotations from '../../.storybook/preview.tsx';

// Stories rendered here get the same decorators, globals and stylesheet as in Storybook.
setProjectAnnotations([previewAnnotations]);

// Nothing moves in a screenshot: no animation, no transition, no blinking caret.
const freeze = document.createElement('style');
freeze.textContent =
  '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }' +
  ' html, body { margin: 0; background: #ffffff; }';
document.head.append(freeze);
