// The whole store's shape: the union of its slices.
import type { BuiltinDataSlice } from './builtin-data-slice';
import type { DatasetSlice } from './dataset-slice';
import type { FiltersSlice } from './filters-slice';
import type { SelectionSlice } from './selection-slice';
import type { UserDataSlice } from './user-data-slice';
import type { ViewSlice } from './view-slice';
import type { VisibilitySlice } from './visibility-slice';

export type AppState = DatasetSlice & FiltersSlice & VisibilitySlice & SelectionSlice & ViewSlice & UserDataSlice & BuiltinDataSlice;
