// The shell: header, filters, table and charts, each panel behind its own error boundary.
import { PanelBoundary } from '../components/ui/PanelBoundary';
import { ChartsGrid } from '../features/charts/ChartsGrid';
import { DatasetSelect } from '../features/dataset-picker/DatasetSelect';
import { DatasetNotice } from '../features/dataset-picker/DatasetNotice';
import { ModelsTable } from '../features/models-table/ModelsTable';
import { resetStore } from '../store/store';
import { Footer } from './Footer';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Model MPG</h1>
          <p className="tagline">What an AI model gives you for what it costs: capability against size, compute and inference cost.</p>
        </div>
        <div className="header-controls">
          <DatasetSelect />
        </div>
      </header>
      <DatasetNotice />
      <main className="layout no-sidebar">
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
