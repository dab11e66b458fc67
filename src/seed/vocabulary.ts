// The curated seed's own vocabularies: skill categories, platform kinds, salary levels and the like.

export const SKILL_CATEGORIES = [
  'COMPRESSION_TECHNIQUE',
  'INFERENCE_RUNTIME',
  'EXECUTION_PROVIDER',
  'PROFILING_TOOL',
  'PROGRAMMING_LANGUAGE',
  'ML_FRAMEWORK',
  'HARDWARE_KNOWLEDGE',
  'DEPLOYMENT_PRACTICE',
  'TOOLCHAIN',
  'SECURITY',
  'PRIVACY',
  'ML_KNOWLEDGE',
  'EMBEDDED_SYSTEMS',
] as const;

export const PLATFORM_KINDS = [
  'EMBEDDED_GPU',
  'MOBILE_NPU',
  'SOC',
  'MICROCONTROLLER',
  'SINGLE_BOARD_COMPUTER',
  'FPGA',
  // A class of deployment target named by the page (e.g. 5G edge nodes), not one product.
  'DEVICE_CLASS',
] as const;

export const SALARY_LEVELS = ['MID', 'SENIOR', 'STAFF'] as const;
export const OUTLOOK_LEVELS = ['low', 'moderate', 'high'] as const;
export const PLATFORM_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const SOURCE_KINDS = ['CAREER_PAGE', 'CITATION'] as const;
