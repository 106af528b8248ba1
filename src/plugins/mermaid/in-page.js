// Runs inside the diagram page, loaded once per page by render.ts: mermaid-isomorphic 3.1's own
// `renderDiagrams`, unchanged but for removing its container afterwards, so that one page can render
// diagram after diagram without loading Mermaid's 8 MB script again for each. Plain JavaScript, never
// transpiled, because its text is what the browser runs.
/* global mermaid */
globalThis.renderDiagrams = async function renderDiagrams({
  containerStyle,
  diagrams,
  iconPacks,
  mermaidConfig,
  prefix,
}) {
  await Promise.all(Array.from(document.fonts, (font) => font.load()));
  const parser = new DOMParser();
  const serializer = new XMLSerializer();
  const container = document.createElement('div');
  container.ariaHidden = 'true';
  container.style.maxHeight = '0';
  container.style.opacity = '0';
  container.style.overflow = 'hidden';
  Object.assign(container.style, containerStyle);
  document.body.append(container);
  mermaid.registerIconPacks(iconPacks);
  mermaid.initialize(mermaidConfig);

  function getAriaValue(element, attribute) {
    const value = element.getAttribute(attribute);
    if (!value) return;
    let result = '';
    for (const id of value.split(/\s+/)) {
      const node = element.getElementById(id);
      if (node) result += node.textContent;
    }
    return result;
  }

  try {
    return await Promise.allSettled(
      diagrams.map(async (diagram, index) => {
        const id = `${prefix}-${index}`;
        try {
          const { svg } = await mermaid.render(id, diagram, container);
          const root = parser.parseFromString(svg, 'text/html');
          const [element] = root.getElementsByTagName('svg');
          const { height, width } = element.viewBox.baseVal;
          const description = getAriaValue(element, 'aria-describedby');
          const title = getAriaValue(element, 'aria-labelledby');
          const result = { height, id, svg: serializer.serializeToString(element), width };
          if (description) result.description = description;
          if (title) result.title = title;
          return result;
        } catch (error) {
          throw error instanceof Error
            ? { name: error.name, stack: error.stack, message: error.message }
            : error;
        }
      }),
    );
  } finally {
    container.remove();
  }
};
