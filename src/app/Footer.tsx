// Credits and how values are kept; each chart's legend says how to read its marks.
export function Footer() {
  return (
    <footer className="app-footer">
      <p>
        Values are shown as their sources published them — nothing undisclosed is filled in. An asterisk marks a model
        with a fact-check note: open its name in the table for every value's note and source.
      </p>
      <p>
        The open dataset's sources and licences are listed under its name at the top of the page, and every chart
        export credits the sources of what it plots.
      </p>
    </footer>
  );
}
