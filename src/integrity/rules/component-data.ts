import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { finding, type Finding } from '../../checker/findings.ts';
import type { SystemData } from '../../data/load.ts';
import type { Page } from '../../model/index.ts';
import type { SourceContext, SourceRule } from '../context.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: Node['position'];
}

interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

type Props = Record<string, { value: string; line: number }>;

/** A catalog's `service` filter, when given, names a service of the data. */
function optionalService(component: string, props: Props, system: SystemData) {
  const service = props['service']?.value;
  if (service === undefined || system.services.some((candidate) => candidate.id === service))
    return undefined;
  return {
    prop: 'service',
    message: `<${component} service="${service}">: no such service in src/data/services.yaml`,
  };
}

/** Each component that shows system data: what it needs to find, or why it cannot. */
const components: Record<
  string,
  (props: Props, system: SystemData) => { prop: string; message: string } | undefined
> = {
  ServiceUrl: (props, system) => {
    const service = props['service']?.value ?? '';
    const env = props['env']?.value ?? 'production';
    const found = system.services.find((candidate) => candidate.id === service);
    if (!found)
      return {
        prop: 'service',
        message: `<ServiceUrl service="${service}">: no such service in src/data/services.yaml`,
      };
    if (!found.environments.some((candidate) => candidate.id === env))
      return {
        prop: 'env',
        message: `<ServiceUrl service="${service}" env="${env}">: the service has no such environment`,
      };
    return undefined;
  },
  EnvVarTable: (props, system) => {
    const service = props['service']?.value ?? 'company-view';
    return system.services.some((candidate) => candidate.id === service)
      ? undefined
      : {
          prop: 'service',
          message: `<EnvVarTable service="${service}">: no such service in src/data/services.yaml`,
        };
  },
  RunbookCatalog: (props, system) => optionalService('RunbookCatalog', props, system),
  AlertTable: (props, system) => optionalService('AlertTable', props, system),
  Contact: (props, system) => {
    const role = props['role']?.value ?? '';
    return system.teams.some((team) => team.contacts.some((contact) => contact.role === role))
      ? undefined
      : { prop: 'role', message: `<Contact role="${role}">: no such role in src/data/teams.yaml` };
  },
};

/** `component-data`: a component whose props name a service, environment or role the data lacks, at the component's line. */
export const componentData: SourceRule = ({ pages, system, handbook }: SourceContext) =>
  handbook
    ? pages.filter((page) => page.format === 'mdx').flatMap((page) => componentFindings(page, system))
    : [];

function componentFindings(page: Page, system: SystemData): Finding[] {
  const found: Finding[] = [];
  visit(page.tree, (node: Node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const check = element.name ? components[element.name] : undefined;
    if (!check) return;
    const line = node.position?.start.line ?? 1;
    const props: Props = {};
    for (const attribute of element.attributes)
      if (attribute.name && typeof attribute.value === 'string')
        props[attribute.name] = { value: attribute.value, line: attribute.position?.start.line ?? line };
    const problem = check(props, system);
    if (problem)
      found.push(
        finding(
          'component-data',
          { file: page.file, line: props[problem.prop]?.line ?? line },
          problem.message,
          problem.prop,
        ),
      );
  });
  return found;
}
