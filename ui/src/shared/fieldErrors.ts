// Maps an IpcError to the form field it belongs to, so messages show next to the field.
import type { IpcError } from '../api';

export type FieldErrors = Record<string, string>;

/** The field key an error belongs under; unknown fields fall under "form". */
export function fieldErrorsFrom(err: IpcError, knownFields: string[]): FieldErrors {
  const raw = err.field ?? '';
  const field = knownFields.find((f) => raw === f || raw.startsWith(`${f}.`) || raw.startsWith(`${f}[`));
  return { [field ?? 'form']: err.message };
}
