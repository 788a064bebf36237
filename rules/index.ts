/** Every rule, in the order they run. One file per rule; the id equals the file name. */
import type { CrossFileRule, Rule, Ruleset } from '../src/api/rule-api.js';
import bcsInstanceType from './bcs-instance-type.js';
import cidrBlock from './cidr-block.js';
import clusterCount from './cluster-count.js';
import clusterSize from './cluster-size.js';
import diskTypes from './disk-types.js';
import duplicateKey from './duplicate-key.js';
import emptyGroup from './empty-group.js';
import expressConnect from './express-connect.js';
import idempotentToken from './idempotent-token.js';
import imageIdPrefix from './image-id-prefix.js';
import instanceTypeAllowed from './instance-type-allowed.js';
import instanceTypeRequired from './instance-type-required.js';
import integerLiteral from './integer-literal.js';
import mountLocale from './mount-locale.js';
import networkModeConflict from './network-mode-conflict.js';
import passwordStrength from './password-strength.js';
import plaintextSecret from './plaintext-secret.js';
import quotas from './quotas.js';
import regionId from './region-id.js';
import spotSettings from './spot-settings.js';
import subnetCidr from './subnet-cidr.js';
import topicEndpoint from './topic-endpoint.js';

/** Rules that look at one document. */
export const RULES: readonly Rule[] = [
  duplicateKey,
  integerLiteral,
  plaintextSecret,
  instanceTypeRequired,
  imageIdPrefix,
  emptyGroup,
  cidrBlock,
  diskTypes,
  expressConnect,
  mountLocale,
  topicEndpoint,
  spotSettings,
  bcsInstanceType,
  networkModeConflict,
  instanceTypeAllowed,
  quotas,
  passwordStrength,
  subnetCidr,
  clusterSize,
  regionId,
];

/** Rules that look across the files of a run. */
export const CROSS_FILE_RULES: readonly CrossFileRule[] = [clusterCount, idempotentToken];

/** The ruleset every run uses unless it is handed another (tests run one rule alone). */
export const DEFAULT_RULESET: Ruleset = { rules: RULES, crossFile: CROSS_FILE_RULES };
