import { useState, type SyntheticEvent } from 'react';

/**
 * A `<details>` that is open while `auto` says so (e.g. a short table), until a person opens or closes it: then
 * their choice stays. The browser also fires `toggle` when `auto` changes the open state; that one is not taken
 * as a choice (else a short list, open by default, would leave a later list of thousands open).
 */
export function useAutoOpen(auto: boolean): { open: boolean; onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void } {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? auto;
  return {
    open,
    onToggle: (e) => {
      const now = e.currentTarget.open;
      if (now !== open) setChosen(now);
    },
  };
}
