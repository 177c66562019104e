/** Hints, revealed one at a time at the learner's request (the count goes into the attempt). */
export function Hints({ hints, revealed, onReveal }: { hints: readonly string[]; revealed: number; onReveal: () => void }) {
  if (hints.length === 0) return null;
  const left = hints.length - revealed;
  return (
    <section className="pr-hints" aria-label="Hints">
      <ol>
        {hints.slice(0, revealed).map((hint, i) => (
          <li key={i} data-testid="pr-hint">
            {hint}
          </li>
        ))}
      </ol>
      {left > 0 && (
        <button type="button" onClick={onReveal} data-testid="pr-reveal-hint">
          {revealed === 0 ? 'Show a hint' : 'Show another hint'} ({left} left)
        </button>
      )}
    </section>
  );
}
