/**
 * The essentials of the SARIF 2.1.0 JSON schema (sarif-schema-2.1.0.json, OASIS) for the objects
 * postmortem-lint writes, checked without a network or a schema library: required properties, the
 * property names each object allows (the schema sets additionalProperties: false), types, enums
 * and minimums. GitHub code scanning rejects an upload that breaks these.
 */

type Json = unknown;

/** Adds a line to `problems` for what is wrong with `value` at the JSON path `at`. */
type Check = (value: Json, at: string, problems: string[]) => void;

interface ObjectSchema {
  required?: readonly string[];
  /** Every property name the schema defines for the object. */
  allowed: readonly string[];
  /** Checks on some properties' values. */
  check?: Record<string, Check>;
}

const LEVELS = ['none', 'note', 'warning', 'error'];

const string: Check = (value, at, problems) => {
  if (typeof value !== 'string') problems.push(`${at}: must be a string`);
};
const integerFrom = (minimum: number): Check => (value, at, problems) => {
  if (!Number.isInteger(value) || (value as number) < minimum) problems.push(`${at}: must be an integer >= ${minimum}`);
};
const level: Check = (value, at, problems) => {
  if (!LEVELS.includes(value as string)) problems.push(`${at}: must be one of ${LEVELS.join(', ')}`);
};
const object = (name: string): Check => (value, at, problems) => checkObject(name, value, at, problems);
const arrayOf = (name: string): Check => (value, at, problems) => {
  if (Array.isArray(value)) value.forEach((item, index) => checkObject(name, item, `${at}[${index}]`, problems));
  else problems.push(`${at}: must be an array`);
};
const mapOf = (name: string): Check => (value, at, problems) => {
  if (isObject(value)) for (const [key, item] of Object.entries(value)) checkObject(name, item, `${at}.${key}`, problems);
  else problems.push(`${at}: must be an object`);
};

const SCHEMA: Record<string, ObjectSchema> = {
  sarifLog: {
    required: ['version', 'runs'],
    allowed: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
    check: {
      $schema: string,
      version: (value, at, problems) => {
        if (value !== '2.1.0') problems.push(`${at}: must be "2.1.0"`);
      },
      runs: arrayOf('run'),
    },
  },
  run: {
    required: ['tool'],
    allowed: [
      'tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
      'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
      'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
      'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
      'specialLocations', 'properties',
    ],
    check: { tool: object('tool'), results: arrayOf('result'), originalUriBaseIds: mapOf('artifactLocation') },
  },
  tool: { required: ['driver'], allowed: ['driver', 'extensions', 'properties'], check: { driver: object('toolComponent') } },
  toolComponent: {
    required: ['name'],
    allowed: [
      'guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version',
      'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings',
      'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion',
      'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties',
    ],
    check: { name: string, version: string, informationUri: string, rules: arrayOf('reportingDescriptor') },
  },
  reportingDescriptor: {
    required: ['id'],
    allowed: [
      'id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription',
      'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties',
    ],
    check: {
      id: string,
      shortDescription: object('multiformatMessageString'),
      helpUri: string,
      defaultConfiguration: object('reportingConfiguration'),
    },
  },
  multiformatMessageString: { required: ['text'], allowed: ['text', 'markdown', 'properties'], check: { text: string } },
  reportingConfiguration: { allowed: ['enabled', 'level', 'rank', 'parameters', 'properties'], check: { level } },
  result: {
    required: ['message'],
    allowed: [
      'ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid',
      'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals',
      'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris',
      'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties',
    ],
    check: { ruleId: string, ruleIndex: integerFrom(-1), level, message: object('message'), locations: arrayOf('location') },
  },
  // The schema asks for text or id; results give text.
  message: { required: ['text'], allowed: ['text', 'markdown', 'id', 'arguments', 'properties'], check: { text: string } },
  location: {
    allowed: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
    check: { physicalLocation: object('physicalLocation') },
  },
  // The schema asks for address or artifactLocation; files give artifactLocation.
  physicalLocation: {
    required: ['artifactLocation'],
    allowed: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
    check: { artifactLocation: object('artifactLocation'), region: object('region') },
  },
  artifactLocation: {
    allowed: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
    check: {
      uri: (value, at, problems) => {
        if (typeof value !== 'string' || /[\s\\]/.test(value)) problems.push(`${at}: must be a URI reference (no spaces or backslashes)`);
      },
      uriBaseId: string,
    },
  },
  region: {
    allowed: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
    check: { startLine: integerFrom(1), startColumn: integerFrom(1), endLine: integerFrom(1), endColumn: integerFrom(1) },
  },
};

/** What in `log` breaks the SARIF 2.1.0 schema's essentials, one line each; empty when nothing does. */
export function sarifProblems(log: Json): string[] {
  const problems: string[] = [];
  checkObject('sarifLog', log, '$', problems);
  return problems;
}

function checkObject(name: string, value: Json, at: string, problems: string[]): void {
  const schema = SCHEMA[name]!;
  if (!isObject(value)) {
    problems.push(`${at}: must be an object (${name})`);
    return;
  }
  for (const key of schema.required ?? []) if (!(key in value)) problems.push(`${at}: ${name} requires "${key}"`);
  for (const [key, item] of Object.entries(value)) {
    if (!schema.allowed.includes(key)) problems.push(`${at}: ${name} has no property "${key}"`);
    else schema.check?.[key]?.(item, `${at}.${key}`, problems);
  }
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
