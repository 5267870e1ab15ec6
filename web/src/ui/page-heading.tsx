import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest } from '../router/router';

/** The page's one h1: names the browser tab and takes the focus after a navigation. */
export function PageHeading({ text }: { text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} – Envol`;
  }, [text]);
  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {text}
    </h1>
  );
}
