// The shell: header, filters, charts and table, each panel behind its own error boundary.
import { PanelBoundary } from '../components/ui/PanelBoundary';
import { ChartsGrid } from '../features/charts/ChartsGrid';
import { DatasetNotice } from '../features/dataset-picker/DatasetNotice';
import { DatasetSelect } from '../features/dataset-picker/DatasetSelect';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ModelsTable } from '../features/models-table/ModelsTable';
import { ThemeToggle } from '../features/preferences/ThemeToggle';
import { StateNotice } from '../features/preferences/StateNotice';
import { resetStore } from '../store/store';
import { Footer } from './Footer';
import { useUrlSync } from './useUrlSync';

export function App() {
  useUrlSync();
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Model MPG</h1>
          <p className="tagline">What an AI model gives you for what it costs: capability against size, compute and inference cost.</p>
        </div>
        <div className="header-controls">
          <DatasetSelect />
          <ThemeToggle />
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
          <section className="table-section" aria-labelledby="models-heading">
            <h2 id="models-heading">Models</h2>
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
