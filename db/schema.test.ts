import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { is } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as pg from "./schema.pg";
import * as sqlite from "./schema";

/*
 * One schema per dialect (docs/decisions/0013): queries are written once against db/tables.ts, so
 * the two must describe the same tables, with the same columns, keys and indexes. A column or
 * index added to one file only fails here, not in production on the other database.
 */

function describeSqlite() {
  return Object.fromEntries(
    Object.entries(sqlite)
      .filter(([, value]) => is(value, SQLiteTable))
      .map(([name, table]) => {
        const config = sqliteTableConfig(table as SQLiteTable);
        return [name, shape(config)];
      }),
  );
}

function describePg() {
  return Object.fromEntries(
    Object.entries(pg)
      .filter(([, value]) => is(value, PgTable))
      .map(([name, table]) => {
        const config = pgTableConfig(table as PgTable);
        return [name, shape(config)];
      }),
  );
}

interface Config {
  name: string;
  columns: { name: string; notNull: boolean; primary: boolean; isUnique: boolean; hasDefault: boolean }[];
  primaryKeys: { columns: { name: string }[] }[];
  indexes: { config: { name?: string; unique: boolean; columns: unknown[] } }[];
  foreignKeys: { reference: () => { columns: { name: string }[]; foreignTable: unknown; foreignColumns: { name: string }[] }; onDelete?: string }[];
}

function shape(config: Config) {
  return {
    table: config.name,
    columns: config.columns
      .map((c) => `${c.name}${c.notNull ? " not null" : ""}${c.primary ? " primary" : ""}${c.isUnique ? " unique" : ""}${c.hasDefault ? " default" : ""}`)
      .sort(),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name).join(",")).sort(),
    indexes: config.indexes
      .map((i) => `${i.config.name}${i.config.unique ? " unique" : ""}(${i.config.columns.map((c) => (c as { name: string }).name).join(",")})`)
      .sort(),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return `${ref.columns.map((c) => c.name).join(",")} -> ${ref.foreignColumns.map((c) => c.name).join(",")} on delete ${fk.onDelete ?? "no action"}`;
      })
      .sort(),
  };
}

describe("the SQLite and PostgreSQL schemas", () => {
  it("export the same tables under the same names", () => {
    expect(Object.keys(describePg()).sort()).toEqual(Object.keys(describeSqlite()).sort());
    expect(Object.keys(describeSqlite()).length).toBeGreaterThan(10);
  });

  it("give every table the same columns, nullability, defaults, keys, indexes and cascades", () => {
    expect(describePg()).toEqual(describeSqlite());
  });
});
