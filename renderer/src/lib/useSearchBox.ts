import { useEffect, useRef, useState } from 'react';

/**
 * The text of a search box whose committed value lives elsewhere (the URL). Typing commits after a pause;
 * a change of the committed value from outside (a link, the back button, "reset") replaces the text, except
 * while the user is still typing.
 */
export function useSearchBox(committed: string, commit: (text: string) => void, delayMs = 250) {
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [typing, setTyping] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  if (committed !== seen) {
    setSeen(committed);
    if (!typing) setText(committed);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    setTyping(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setTyping(false);
      commit(next.trim());
    }, delayMs);
  };

  const clear = () => {
    window.clearTimeout(timer.current);
    setTyping(false);
    setText('');
  };

  return { text, change, clear };
}
