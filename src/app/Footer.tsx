// Credits and how to read the marks.
export function Footer() {
  return (
    <footer className="app-footer">
      <p>
        Hollow marks are estimates; shapes show the inference cost tier; an asterisk marks a value with a fact-check note
        (hover or focus it). Values are shown as their sources published them — nothing undisclosed is filled in.
      </p>
      <p>
        Training compute estimates: Epoch AI, "Data on Notable AI Models", CC BY 4.0.
      </p>
    </footer>
  );
}
