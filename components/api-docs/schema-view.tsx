import { Fragment, type ReactNode } from "react";

/** A JSON Schema as the OpenAPI document carries it (draft 2020-12), read loosely. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

export interface SchemaWords {
  required: string;
  optional: string;
  listOf: string;
  mapOf: string;
  or: string;
  anyValue: string;
  oneOf: string;
}

/** Descriptions mark names with backticks, as Markdown does; they show as code. */
export function withCode(text: string): ReactNode {
  return text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

export const shapeAnchor = (name: string) => `shape-${name}`;

function refName(ref: string): string {
  return ref.split("/").pop() ?? ref;
}

/** Limits in a compact, language-neutral notation: 1..80, ≤ 64 chars, date. */
function limits(schema: JsonSchema): string[] {
  const out: string[] = [];
  const range = (min?: number, max?: number, unit = "") =>
    min !== undefined && max !== undefined ? `${min}..${max}${unit}` : min !== undefined ? `≥ ${min}${unit}` : max !== undefined ? `≤ ${max}${unit}` : undefined;
  const numeric = range(schema.minimum, schema.maximum);
  const length = range(schema.minLength, schema.maxLength, " chars");
  const items = range(schema.minItems, schema.maxItems, " items");
  for (const part of [numeric, length, items, schema.format]) if (part) out.push(part);
  return out;
}

/** A type in a few words: `string`, `list of Role`, `integer 0..4`, `"todo" | "doing"`. */
export function TypeLabel({ schema, words }: { schema: JsonSchema; words: SchemaWords }): ReactNode {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#${shapeAnchor(name)}`}>
        <code>{name}</code>
      </a>
    );
  }
  if (schema.anyOf) {
    return schema.anyOf.map((option, i) => (
      <Fragment key={i}>
        {i > 0 && ` ${words.or} `}
        <TypeLabel schema={option} words={words} />
      </Fragment>
    ));
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) {
    const shown = schema.enum.slice(0, 10).map((v) => JSON.stringify(v));
    return (
      <>
        {words.oneOf} <code>{shown.join(" | ")}</code>
        {schema.enum.length > shown.length && " …"}
      </>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  const extra = limits(schema).join(", ");
  if (type === "array" && schema.items) {
    return (
      <>
        {words.listOf} <TypeLabel schema={schema.items} words={words} />
        {extra && ` (${extra})`}
      </>
    );
  }
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    return (
      <>
        {words.mapOf} <TypeLabel schema={schema.additionalProperties} words={words} />
      </>
    );
  }
  // One text node per type: this page lists hundreds of fields, and every element costs.
  return type ? `${type}${extra && ` ${extra}`}` : words.anyValue;
}

/** The fields of an object schema as a list; unnamed nested objects open up beneath their field. */
export function FieldList({ schema, words }: { schema: JsonSchema; words: SchemaWords }) {
  const nestedObject = (s: JsonSchema): JsonSchema | undefined =>
    s.properties ? s : s.type === "array" && s.items?.properties ? s.items : undefined;
  const required = new Set(schema.required ?? []);
  return (
    <ul className="space-y-1.5 border-l-2 border-line pl-3 text-sm">
      {Object.entries(schema.properties ?? {}).map(([name, field]) => {
        const nested = nestedObject(field);
        return (
          <li key={name}>
            <code className="font-semibold">{name}</code> ({required.has(name) ? words.required : words.optional}):{" "}
            {nested ? (field.type === "array" ? `${words.listOf} {…}` : "{…}") : <TypeLabel schema={field} words={words} />}
            {field.description && <span className="block text-muted">{withCode(field.description)}</span>}
            {nested && (
              <div className="mt-1.5">
                <FieldList schema={nested} words={words} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A body: a named shape links to its definition; anything else is shown in place. */
export function BodyView({ schema, words }: { schema: JsonSchema; words: SchemaWords }) {
  if (schema.properties) return <FieldList schema={schema} words={words} />;
  return (
    <p className="text-sm">
      <TypeLabel schema={schema} words={words} />
    </p>
  );
}
