// "Copy link": copies the URL of the current view and confirms it (or shows it to copy by hand).
import { useState } from 'react';
import { MAX_HIDDEN_IN_URL } from '../../domain/view-state';
import { useAppStore } from '../../store/store';
import { viewUrl } from '../../store/view-sync';

export function CopyLink() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = viewUrl(useAppStore.getState());
    try {
      await navigator.clipboard.writeText(url);
      const hidden = useAppStore.getState().hiddenIds.length;
      setStatus(hidden > MAX_HIDDEN_IN_URL
        ? `Link copied, without the ${hidden.toLocaleString()} models switched off (links carry at most ${MAX_HIDDEN_IN_URL})`
        : 'Link copied');
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
