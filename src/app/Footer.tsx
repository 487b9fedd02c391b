// Credits and how values are kept; each chart's legend says how to read its marks.
export function Footer() {
  return (
    <footer className="app-footer">
      <p>
        Values are shown as their sources published them — nothing undisclosed is filled in. An asterisk marks a model
        with a fact-check note: open its name in the table for every value's note and source.
      </p>
      <p>
        Training compute estimates: Epoch AI, "Data on Notable AI Models", CC BY 4.0.
      </p>
    </footer>
  );
}
