// The shell: header, notices, filters, charts and table, each panel behind its own error boundary and the whole
// shell behind one more. Saved imported data is loaded and kept outside them, so no crash can reach it.
import { useEffect, useState, type ComponentType } from 'react';
import { PanelBoundary } from '../components/ui/PanelBoundary';
import { ChartsPlaceholder } from '../features/charts/ChartsPlaceholder';
import { DatasetNotice } from '../features/dataset-picker/DatasetNotice';
import { DatasetSelect } from '../features/dataset-picker/DatasetSelect';
import { DataExport } from '../features/data-export/DataExport';
import { ImportControls } from '../features/data-import/ImportControls';
import { DamagedNotice } from '../features/saved-data/DamagedNotice';
import { SaveStatus } from '../features/saved-data/SaveStatus';
import { UndoBar } from '../features/saved-data/UndoBar';
import { CopyLink } from '../features/share/CopyLink';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ModelsTable } from '../features/models-table/ModelsTable';
import { ThemeToggle } from '../features/preferences/ThemeToggle';
import { StateNotice } from '../features/preferences/StateNotice';
import { clearSavedSettings, resetView } from '../store/store';
import { AppBoundary } from './AppBoundary';
import { Footer } from './Footer';
import { useBuiltInData } from './useBuiltInData';
import { useUrlSync } from './useUrlSync';
import { useUserDataPersistence, type UserDataActions } from './useUserDataPersistence';
import './charts.css';
import './saved-data.css';

// Recharts is most of the app's code: the charts are a chunk of their own, requested as this module loads, so the
// header, filters and table paint without waiting for it (docs/decisions/0007-charts-chunk.md).
const chartsChunk = import('../features/charts/ChartsGrid');

/** The charts once their chunk is in. Not React.lazy: React holds a revealed Suspense boundary back for up to
 * 300 ms, and the first load's charts waited for it. */
function Charts() {
  const [Grid, setGrid] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    chartsChunk.then((m) => live && setGrid(() => m.ChartsGrid), () => live && setFailed(true));
    return () => { live = false; };
  }, []);
  if (Grid) return <Grid />;
  if (failed) return <ChartsPlaceholder><p role="alert">The charts could not be loaded. Reload the page to try again; the table has every value.</p></ChartsPlaceholder>;
  return <ChartsPlaceholder />;
}

export function App() {
  const userData = useUserDataPersistence();
  const openBuiltIn = () => {
    window.history.replaceState(null, '', window.location.pathname);
    resetView();
  };
  return (
    <AppBoundary onOpenBuiltIn={openBuiltIn} onClearSettings={clearSavedSettings}>
      <Shell userData={userData} />
    </AppBoundary>
  );
}

function Shell({ userData }: { userData: UserDataActions }) {
  useUrlSync();
  useBuiltInData();
  // Remounts every panel on "Reset view", so panels that crashed together all draw again.
  const [resets, setResets] = useState(0);
  const reset = () => {
    resetView();
    setResets((n) => n + 1);
  };
  return (
    <div className="app">
      <a className="skip-link" href="#models">Skip to the models table</a>
      <header className="app-header">
        <div className="brand">
          <h1>Model MPG</h1>
          <p className="tagline">What an AI model gives you for what it costs: capability against size, compute and inference cost.</p>
        </div>
        <div className="header-controls">
          <DatasetSelect />
          <ImportControls />
          <SaveStatus onSaveAgain={userData.saveAgain} />
          <ThemeToggle />
          <CopyLink />
        </div>
        <UndoBar />
        {/* Inside the banner: every part of the page belongs to a landmark. */}
        <DatasetNotice />
      </header>
      <StateNotice />
      <DamagedNotice onRemove={userData.removeDamaged} />
      {/* Filters, charts and table side by side on a wide screen (the table scrolls in its own box), so a point and
          its row are in view together; charts come before the table in reading order everywhere. */}
      <main className="layout" key={resets}>
        <PanelBoundary name="filters" onReset={reset}>
          <FiltersPanel />
        </PanelBoundary>
        <PanelBoundary name="charts" onReset={reset}>
          <Charts />
        </PanelBoundary>
        <section id="models" className="table-section" aria-labelledby="models-heading" tabIndex={-1}>
          <h2 id="models-heading">Models</h2>
          <DataExport />
          <PanelBoundary name="table" onReset={reset}>
            <ModelsTable />
          </PanelBoundary>
        </section>
      </main>
      <Footer />
    </div>
  );
}
