import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element when it appears: each step of a flow focuses its heading (tabIndex
 * -1) or its main button, so keyboard and screen-reader users land where the new content starts.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
