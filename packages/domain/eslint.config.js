import { domainConfig } from '@rollout/eslint-config';

export default domainConfig({ tsconfigRootDir: import.meta.dirname });
