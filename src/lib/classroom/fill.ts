/**
 * Fills `{name}` slots in a dictionary string. The pages pass such strings to their islands in `data-*`
 * attributes, so the browser fills in counts and answers without carrying a dictionary of its own.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
}
