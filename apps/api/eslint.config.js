import { apiConfig } from '@rollout/eslint-config';

export default apiConfig({ tsconfigRootDir: import.meta.dirname });
