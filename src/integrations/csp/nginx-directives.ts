/**
 * The policy as the value of `$handbook_csp`, which deploy/nginx's server block sends. nginx refuses
 * any single parameter over 4 KB and a handbook with diagrams has more hashes than that, so the value
 * is assembled in the variable, some fifty hashes a line.
 */
export function nginxDirectives(policy: string, lineLength = 3000): string {
  const chunks: string[] = [];
  for (const word of policy.split(' ')) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + 1 + word.length <= lineLength) chunks[last] += ` ${word}`;
    else chunks.push(word);
  }
  return [
    '# Written by the build (src/integrations/csp) from the inline code in these pages; do not edit.',
    ...chunks.map((chunk, index) => `set $handbook_csp "${index === 0 ? '' : '${handbook_csp} '}${chunk}";`),
    '',
  ].join('\n');
}
