import { isFiller, isGeneratedName, isKeyId, isPublishedExample, isVariable, isWords } from './allow.ts';

/**
 * Credential patterns, modelled on gitleaks' default rules (same ids where gitleaks has one):
 * a regular expression, optionally the group that holds the secret, and a minimum Shannon entropy
 * for that group so that words and placeholders do not count.
 */
export interface SecretPattern {
  id: string;
  description: string;
  /** Global (`g`); run over a whole file, so it never matches across a line break. */
  regex: RegExp;
  /** Group holding the secret itself (the first that matched, when several); 0 for the whole match. */
  group?: number | number[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /** The match is a marker, not the secret itself, and may be shown as it is. */
  showMatch?: boolean;
  /** A match that is not a secret after all: a variable, a mask, an example. `match` is the whole match. */
  allow?: (secret: string, match: string) => boolean;
}

/** Not a credential whatever the rule: a variable, a placeholder, filler, a published example. */
export const isNeverSecret = (secret: string) =>
  isVariable(secret) || isFiller(secret) || isPublishedExample(secret);

// The value part of gitleaks' keyword rules: an operator, then optional quotes.
const assigned = String.raw`(?:[ \t\w.-]{0,20})[ \t'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'" \t=]{0,5}`;
const valueEnd = String.raw`(?:[\x60'"\s;]|\\[nr]|$)`;

export const secretPatterns: readonly SecretPattern[] = [
  {
    id: 'private-key',
    description: 'private key block',
    regex: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/g,
    showMatch: true,
  },
  {
    id: 'aws-access-token',
    description: 'AWS access key id',
    regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    group: 1,
    entropy: 3,
    allow: (secret) => secret.endsWith('EXAMPLE'),
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    regex: new RegExp(
      String.raw`aws[\w.-]{0,20}?(?:secret|private)[\w.-]{0,20}?${assigned}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'gi',
    ),
    group: 1,
    entropy: 4,
  },
  {
    id: 'azure-storage-key',
    description: 'Azure storage account key',
    regex:
      /(?:AccountKey|account[_-]?key|storage[_-]?(?:account[_-]?)?key)[ \t'"]{0,3}[=:][ \t'"]{0,3}([A-Za-z0-9+/]{86}==)/gi,
    group: 1,
    entropy: 4,
  },
  {
    id: 'twilio-api-key',
    description: 'Twilio API key',
    regex: /\bSK[0-9a-fA-F]{32}\b/g,
    entropy: 3,
  },
  {
    id: 'curl-auth-header',
    description: 'credential in a curl header',
    // The header may follow `curl` on a continuation line (`\` at the end of the line before).
    regex: new RegExp(
      String.raw`\bcurl\b(?:[^\n]|\\\n){0,400}?[ \t\n](?:-H|--header)(?:=|[ \t]{0,5})(["'])(?:Authorization:[ \t]{0,5}(?:Basic[ \t]+([a-z0-9+/]{8,}={0,3})|(?:Bearer|(?:Api-)?Token)[ \t]+([\w=~@.+/-]{8,})|([\w=~@.+/-]{8,}))|(?:(?:X-(?:[a-z]+-)?)?(?:Api-?)?(?:Key|Token)):[ \t]{0,5}([\w=~@.+/-]{8,}))\1`,
      'gi',
    ),
    group: [2, 3, 4, 5],
    entropy: 2.75,
  },
  {
    id: 'github-pat',
    description: 'GitHub personal access token',
    regex: /\bghp_[0-9a-zA-Z]{36}\b/g,
    entropy: 3,
  },
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained token',
    regex: /\bgithub_pat_\w{82}\b/g,
    entropy: 3,
  },
  { id: 'github-oauth', description: 'GitHub OAuth token', regex: /\bgho_[0-9a-zA-Z]{36}\b/g, entropy: 3 },
  {
    id: 'github-app-token',
    description: 'GitHub app token',
    regex: /\b(?:ghu|ghs)_[0-9a-zA-Z]{36}\b/g,
    entropy: 3,
  },
  {
    id: 'gitlab-pat',
    description: 'GitLab personal access token',
    regex: /\bglpat-[\w-]{20}\b/g,
    entropy: 3,
  },
  {
    id: 'slack-bot-token',
    description: 'Slack bot token',
    regex: /\bxoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*/g,
  },
  {
    id: 'slack-user-token',
    description: 'Slack user token',
    regex: /\bxox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}/g,
  },
  { id: 'slack-app-token', description: 'Slack app token', regex: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/gi },
  {
    id: 'slack-webhook-url',
    description: 'Slack webhook URL with its secret',
    regex: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56}/g,
  },
  {
    id: 'microsoft-teams-webhook',
    description: 'Microsoft Teams webhook URL with its secret',
    regex:
      /[a-z0-9]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}/gi,
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL with its secret',
    regex: /discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{30,}/g,
  },
  { id: 'gcp-api-key', description: 'Google API key', regex: /\bAIza[\w-]{35}\b/g, entropy: 3 },
  {
    id: 'stripe-access-token',
    description: 'Stripe key',
    regex: /\b(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}\b/g,
    entropy: 2,
  },
  { id: 'npm-access-token', description: 'npm token', regex: /\bnpm_[a-zA-Z0-9]{36}\b/g, entropy: 2 },
  {
    id: 'sendgrid-api-token',
    description: 'SendGrid API key',
    regex: /\bSG\.[\w-]{22}\.[\w-]{43}\b/g,
    entropy: 2,
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    regex: /\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b/g,
    entropy: 3,
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    regex: /\bsk-ant-(?:api03|admin01)-[\w-]{80,}/g,
    entropy: 3,
  },
  {
    id: 'jwt',
    description: 'JSON Web Token',
    regex: /\bey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?/g,
    entropy: 3,
  },
  {
    id: 'password-in-url',
    description: 'password in a connection string',
    regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"`<>]+:([^\s/@'"`<>]+)@[^\s/@'"`<>]+/gi,
    group: 1,
    allow: isWords,
  },
  {
    id: 'password-assignment',
    description: 'password given as password=…',
    regex: /(?<![\w-])[\w-]*(?:passw(?:or)?d|pwd)[ \t]*=[ \t]*(["']?)([^\s'"`;&|)]{4,100})\1/gi,
    group: 2,
    // A password mixes letters with digits or symbols; words and numbers alone are placeholders, and a
    // variable, a path (`OLDPWD=/srv/app`) or a URL (`password_reset_url=https://…`) is none.
    allow: (secret) =>
      /^(?:[$<{%/~.]|[a-z][a-z0-9+.-]*:\/\/)/i.test(secret) ||
      isWords(secret) ||
      !/[A-Za-z]/.test(secret) ||
      !/[^A-Za-z]/.test(secret),
  },
  {
    id: 'generic-api-key',
    description: 'key, token, secret or password assigned a value',
    regex: new RegExp(
      String.raw`[\w.-]{0,50}?(?:access|auth|api|credential|creds|key|passw(?:or)?d|secret|token)${assigned}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})${valueEnd}`,
      'gim',
    ),
    group: 1,
    entropy: 3.5,
    allow: (secret, match) =>
      notAKey(secret) || namesNotGives.test(match.slice(0, Math.max(0, match.lastIndexOf(secret)))),
  },
];

/** Words, file names, generated names and key ids are not keys: a key mixes letters and digits. */
const notAKey = (secret: string) =>
  !/[0-9]/.test(secret) ||
  !/[a-z]/i.test(secret) ||
  /^[\w-]+\.(?:md|mdx|ts|js|json|ya?ml|sh|env|dump)$/i.test(secret) ||
  isGeneratedName(secret) ||
  isKeyId(secret);

/** Keys whose value names or describes a credential rather than being one (after gitleaks' allowlist). */
const namesNotGives =
  /(?:access[ _.-]?id|api[_.-]?(?:id|name|version)|credentials?[_.-]?id|(?:bucket|foreign|primary|public|pub)[_.-]?key|key[ _.-]?(?:alias|file|id|name|pair|path|ring|server|size)|keys?(?:ring|store|server)|fingerprint|secret[_.-]?(?:key[_.-]?ref|length|name|ref)|(?:csrf|public)[_.-]?token|token[_.-]?(?:endpoint|file|ur[il]))/i;

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts.values()].reduce((sum, count) => {
    const p = count / text.length;
    return sum - p * Math.log2(p);
  }, 0);
}
