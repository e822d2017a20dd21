import { v7 } from 'uuid';

/** Time-ordered ids for rows (index-friendly); people never see them. */
export function newId(): string {
  return v7();
}
