// What MDX pages import: `import { EnvVarTable } from '~/components';`
export { default as AlertTable } from './AlertTable.astro';
export { default as Contact } from './Contact.astro';
export { default as ContactTable } from './ContactTable.astro';
export { default as EnvVarTable } from './EnvVarTable.astro';
export { default as RunbookCatalog } from './RunbookCatalog.astro';
export { default as ServiceUrl } from './ServiceUrl.astro';
export { default as SymptomIndex } from './SymptomIndex.astro';
