/** Deleting a dataset from the app's own database (the data view's delete button). */
import { getDb } from './db';
import { deleteDataset } from './records';

/** Removes dataset `id` with its blocks, in one transaction; a failure is a StoreError. */
export const removeDataset = (id: string): Promise<void> => deleteDataset(getDb(), id);
