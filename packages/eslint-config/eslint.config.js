import { baseConfig } from './index.js';

export default baseConfig({ tsconfigRootDir: import.meta.dirname });
