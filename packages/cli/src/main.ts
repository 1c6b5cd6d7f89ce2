import { closest } from '@mlgate/core';
import { commands } from './commands/index.js';
import { demoCommand } from './demo.js';

/** Every command `mlgate` takes, the demo last. */
const all = [...commands, demoCommand];

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`mlgate — pull-request gates for ML models\n\nusage: mlgate <command> [options]\n\n${all.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`).join('\n')}\n\nRun \`mlgate <command> --help\` for a command's options.\n`);
    return name ? 0 : 2;
  }
  const cmd = all.find((c) => c.name === name);
  if (!cmd) {
    const hint = closest(name, all.map((c) => c.name));
    process.stderr.write(`error: unknown command "${name}"${hint ? `; did you mean "${hint}"?` : ''}; commands: ${all.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help());
    return 0;
  }
  return cmd.run(rest);
}
