import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
