import type { BenchCase } from '../bench-case';

export const baseline: BenchCase = {
  name: 'baseline',
  description: 'An empty case: the floor of the RSS column (node + tsx) for reading the others',
  async run() {
    // Nothing: measures the runner itself.
  },
};
