import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { BodyView, FieldList, shapeAnchor, withCode, type JsonSchema, type SchemaWords } from "@/components/api-docs/schema-view";
import { ERROR_RESPONSES, openApiDocument, TAG_NAMES } from "@/lib/api/openapi/document";
import type { Origin, Tag } from "@/lib/api/openapi/operations";
import { languageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: languageAlternates("/api") };
}

interface DocOperation {
  operationId: string;
  summary: string;
  tags: string[];
  "x-waypoint-origin": Origin;
  parameters?: ({ name: string; in: string; description?: string; schema: JsonSchema } | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema: JsonSchema }> }>;
  security: unknown[];
}

interface Doc {
  paths: Record<string, Record<string, DocOperation>>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, { description: string }> };
}

const TAG_IDS = Object.keys(TAG_NAMES) as Tag[];
const BASE = "/api/v1";

/** Shapes referenced from inside other shapes: those get their own entry at the end of the page. */
function sharedShapes(doc: Doc): string[] {
  const text = JSON.stringify(doc.components.schemas);
  const names = new Set([...text.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!));
  return Object.keys(doc.components.schemas).filter((name) => names.has(name));
}

function resolve(doc: Doc, schema: JsonSchema): { name?: string; schema: JsonSchema } {
  if (!schema.$ref) return { schema };
  const name = schema.$ref.split("/").pop()!;
  return { name, schema: doc.components.schemas[name] ?? schema };
}

export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const doc = openApiDocument().document as unknown as Doc;
  const words: SchemaWords = {
    required: t("required"),
    optional: t("optional"),
    listOf: t("listOf"),
    mapOf: t("mapOf"),
    or: t("or"),
    anyValue: t("anyValue"),
    oneOf: t("oneOf"),
  };
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );

  const bodyBlock = (label: string, schema: JsonSchema, mediaType: string) => {
    if (mediaType !== "application/json") return <p className="text-sm">{t("fileBody", { type: mediaType })}</p>;
    const { name, schema: shown } = resolve(doc, schema);
    return (
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer font-medium">
          {label}
          {name && (
            <>
              {" "}
              <code className="text-muted">{name}</code>
            </>
          )}
        </summary>
        <div className="mt-2">
          <BodyView schema={shown} words={words} />
        </div>
      </details>
    );
  };

  return (
    <div className="page max-w-4xl space-y-10">
      <header className="space-y-3">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="mt-1 text-3xl sm:text-4xl">{t("title")}</h1>
        <p>{t("intro", { base: BASE })}</p>
        <p>
          <a href={`${BASE}/openapi.json`}>{t("documentLink")}</a>
        </p>
      </header>

      <section aria-labelledby="basics-title" className="space-y-3">
        <h2 id="basics-title" className="text-2xl">
          {t("basicsTitle")}
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t("basicsAuth")}</li>
          <li>{t("basicsErrors")}</li>
          <li>{t("basicsLanguage")}</li>
          <li>{t("basicsLevels")}</li>
        </ul>
        <h3 className="text-lg">{t("errorStatuses")}</h3>
        <dl className="space-y-1 text-sm">
          {Object.entries(ERROR_RESPONSES).map(([status, { description }]) => (
            <div key={status} id={`error-${status}`}>
              <dt className="inline font-mono font-semibold">{status}</dt> <dd className="inline">{withCode(description)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <nav aria-labelledby="contents-title" className="space-y-2">
        <h2 id="contents-title" className="text-2xl">
          {t("contentsTitle")}
        </h2>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {TAG_IDS.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`}>{t(`tags.${tag}`)}</a>
            </li>
          ))}
          <li>
            <a href="#shapes-title">{t("shapesTitle")}</a>
          </li>
        </ul>
      </nav>

      {TAG_IDS.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
          <h2 id={`tag-${tag}`} className="text-2xl">
            {t(`tags.${tag}`)}
          </h2>
          {operations
            .filter(({ op }) => op.tags.includes(TAG_NAMES[tag]))
            .map(({ path, method, op }) => {
              const pathParams = (op.parameters ?? []).filter((p): p is Exclude<typeof p, { $ref: string }> => !("$ref" in p));
              const localized = (op.parameters ?? []).some((p) => "$ref" in p);
              const [successStatus, success] = Object.entries(op.responses).find(([status]) => status.startsWith("2"))!;
              const errors = Object.entries(op.responses).filter(([status]) => !status.startsWith("2"));
              const request = op.requestBody?.content["application/json"];
              const answer = success.content && Object.entries(success.content)[0];
              return (
                <article key={op.operationId} id={op.operationId} aria-labelledby={`${op.operationId}-title`} className="card space-y-3">
                  <h3 id={`${op.operationId}-title`} className="flex flex-wrap items-baseline gap-2 text-lg">
                    <span className="rounded bg-ink px-1.5 py-0.5 font-mono text-xs font-bold text-white">{method.toUpperCase()}</span>
                    <code className="break-all">
                      {BASE}
                      {path}
                    </code>
                  </h3>
                  <p>{withCode(op.summary)}</p>
                  <p className="text-sm text-muted">
                    {op.security.length > 0 ? t("auth.session") : path.includes("{token}") ? t("auth.token") : t("auth.none")}
                    {" · "}
                    {t(`origin.${op["x-waypoint-origin"] === "v1.1" ? "v1_1" : op["x-waypoint-origin"]}`)}
                    {localized && ` · ${t("localized")}`}
                  </p>
                  {pathParams.length > 0 && (
                    <div>
                      <h4 className="text-sm font-semibold">{t("parameters")}</h4>
                      <ul className="space-y-1 text-sm">
                        {pathParams.map((p) => (
                          <li key={p.name}>
                            <code className="font-semibold">{p.name}</code>: {p.description}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {request && bodyBlock(t("requestBody"), request.schema, "application/json")}
                  {answer ? bodyBlock(t("answer", { status: successStatus }), answer[1].schema, answer[0]) : <p className="text-sm">{t("answerEmpty", { status: successStatus })}</p>}
                  {errors.length > 0 && (
                    <div className="text-sm">
                      <h4 className="inline font-semibold">{t("errors")}:</h4>{" "}
                      {errors.map(([status], i) => (
                        <Fragment key={status}>
                          {i > 0 && ", "}
                          <a href={`#error-${status}`}>{status}</a>
                        </Fragment>
                      ))}
                      {errors.some(([, response]) => !response.$ref) && (
                        <ul className="mt-1 space-y-1">
                          {errors
                            .filter(([, response]) => !response.$ref)
                            .map(([status, response]) => (
                              <li key={status}>
                                <code className="font-semibold">{status}</code> {withCode(response.description ?? "")}
                              </li>
                            ))}
                        </ul>
                      )}
                    </div>
                  )}
                </article>
              );
            })}
        </section>
      ))}

      <section aria-labelledby="shapes-title" className="space-y-4">
        <h2 id="shapes-title" className="text-2xl">
          {t("shapesTitle")}
        </h2>
        <p>{t("shapesIntro")}</p>
        {sharedShapes(doc).map((name) => (
          <article key={name} id={shapeAnchor(name)} aria-labelledby={`${shapeAnchor(name)}-title`} className="card space-y-2">
            <h3 id={`${shapeAnchor(name)}-title`} className="text-lg">
              <code>{name}</code>
            </h3>
            <FieldList schema={doc.components.schemas[name]!} words={words} />
          </article>
        ))}
      </section>
    </div>
  );
}
