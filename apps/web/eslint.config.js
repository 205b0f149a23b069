import { webConfig } from '@rollout/eslint-config';

export default webConfig({ tsconfigRootDir: import.meta.dirname });
