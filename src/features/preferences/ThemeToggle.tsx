// Light, dark, or follow the system; applied to <html data-theme> so CSS tokens switch.
import { useEffect } from 'react';
import { selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { Theme } from '../../store/view-slice';

export function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((s) => s.setTheme);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="field">
      <span className="field-label">Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
