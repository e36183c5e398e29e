import { useEffect, useState } from 'react';

function current(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

/** The route is the URL hash (`#/communities`), so reloads keep the page and Back works. */
export function useHashRoute(): [string, (path: string) => void] {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onChange = () => setPath(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (next: string) => void (window.location.hash = next)];
}
