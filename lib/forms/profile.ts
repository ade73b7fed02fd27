/** FormData to a plain object of its string fields; files and repeated names are ignored. */
export function formFields(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = form.get(name);
    fields[name] = typeof value === "string" ? value.slice(0, 500) : undefined;
  }
  return fields;
}
