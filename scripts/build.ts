import { buildElectron, buildRenderer } from './build-steps';

const force = process.argv.includes('--force');
await buildRenderer(force);
await buildElectron(force);
process.stderr.write('构建完成。\n');
