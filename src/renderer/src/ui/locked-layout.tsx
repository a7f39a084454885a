import type { ReactNode } from 'react';
import { Brand } from './brand';

/** The frame of every screen shown while the vault is locked: the mark, then one centred card. */
export function LockedLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main className="locked-layout">
      <div className="locked-brand no-print">
        <Brand />
      </div>
      <div className={wide ? 'card locked-card locked-card-wide' : 'card locked-card'}>{children}</div>
    </main>
  );
}
