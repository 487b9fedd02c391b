// "Copy link": copies the URL of the current view and confirms it (or shows it to copy by hand).
import { useState } from 'react';

export function CopyLink() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="btn" onClick={copy}>Copy link</button>
      <output aria-live="polite" className="export-status">{status}</output>
    </div>
  );
}
