/**
 * Registers a tag unless it is taken already, for instance by a second copy of the
 * library on the same page: the first copy's element keeps serving the tag.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
