import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a submit, focus goes where the answer is: the first field refused, else the alert, else the
 * confirmation, so a keyboard or screen-reader user hears it and can go on from there.
 */
export function useFocusAnswer<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (!answers) return;
    ref.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"], [data-confirmation]')
      ?.focus();
  }, [answers]);
  const answered = useCallback(() => setAnswers((n) => n + 1), []);
  return { ref, answered };
}
