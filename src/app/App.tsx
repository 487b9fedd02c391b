// The shell: header, filters, charts and table, each panel behind its own error boundary.
import { PanelBoundary } from '../components/ui/PanelBoundary';
import { ChartsGrid } from '../features/charts/ChartsGrid';
import { DatasetNotice } from '../features/dataset-picker/DatasetNotice';
import { DatasetSelect } from '../features/dataset-picker/DatasetSelect';
import { DataExport } from '../features/data-export/DataExport';
import { ImportControls } from '../features/data-import/ImportControls';
import { CopyLink } from '../features/share/CopyLink';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ModelsTable } from '../features/models-table/ModelsTable';
import { ThemeToggle } from '../features/preferences/ThemeToggle';
import { StateNotice } from '../features/preferences/StateNotice';
import { resetStore } from '../store/store';
import { Footer } from './Footer';
import { useBuiltInData } from './useBuiltInData';
import { useUrlSync } from './useUrlSync';
import { useUserDataPersistence } from './useUserDataPersistence';

export function App() {
  useUrlSync();
  useUserDataPersistence();
  useBuiltInData();
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
          <ThemeToggle />
          <CopyLink />
        </div>
      </header>
      <StateNotice />
      <DatasetNotice />
      <main className="layout">
        <PanelBoundary name="filters" onReset={resetStore}>
          <FiltersPanel />
        </PanelBoundary>
        <div className="content">
          <PanelBoundary name="charts" onReset={resetStore}>
            <ChartsGrid />
          </PanelBoundary>
          <section id="models" className="table-section" aria-labelledby="models-heading" tabIndex={-1}>
            <h2 id="models-heading">Models</h2>
            <DataExport />
            <PanelBoundary name="table" onReset={resetStore}>
              <ModelsTable />
            </PanelBoundary>
          </section>
        </div>
      </main>
      <Footer />
    </div>
  );
}
