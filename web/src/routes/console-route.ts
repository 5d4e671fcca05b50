import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/zh';

/** A page of the console: its path, what it shows, and (for pages in the menu) its menu label. */
export interface ConsoleRoute {
  path: string;
  element: ReactNode;
  nav?: MessageKey;
}
