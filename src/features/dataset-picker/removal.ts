// What "Remove…" would take out of the open dataset, in words for its confirmation and its undo.
import { BUILT_IN_DATASETS } from '../../domain/datasets';
import { entriesOf, rowCount, type UserData } from '../../domain/datasets/user-data';

export interface Removal {
  /** What was removed, as the undo bar names it. */
  label: string;
  title: string;
  body: string;
  confirm: string;
}

const rows = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'row' : 'rows'}`;

export function describeRemoval(datasetId: string, data: UserData): Removal | null {
  const { userDatasets: [own], merges } = entriesOf(data, datasetId);
  const files = merges.map((m) => `${m.fileName} (${rows(m.models.length)})`).join(', ');
  const undo = 'You can undo this until you leave or reload the page.';
  if (own) {
    const mergedToo = merges.length ? `, with the ${rows(rowCount({ userDatasets: [], merges }))} merged into it from ${files},` : '';
    return {
      label: `“${own.label}”`,
      title: `Remove “${own.label}”?`,
      body: `Its ${rows(own.models.length)}${mergedToo} will be deleted from this browser. ${undo}`,
      confirm: 'Remove dataset',
    };
  }
  if (merges.length === 0) return null;
  const label = BUILT_IN_DATASETS.find((d) => d.id === datasetId)?.label ?? datasetId;
  return {
    label: `the rows imported into “${label}”`,
    title: `Remove the rows you imported into “${label}”?`,
    body: `${files} will be deleted from this browser; the built-in rows stay. ${undo}`,
    confirm: 'Remove imported rows',
  };
}
