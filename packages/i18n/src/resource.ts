/** A locale's strings: namespaces of nested string tables. */
export interface LocaleTable {
  [key: string]: string | LocaleTable;
}
export type LocaleResource = Record<string, LocaleTable>;
