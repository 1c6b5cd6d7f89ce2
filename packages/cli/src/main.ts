import { commands } from './commands/index.js';
import { demo } from './demo.js';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`mlgate — pull-request gates for ML models\n\nusage: mlgate <command> [options]\n\n${commands.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`).join('\n')}\n  ${'demo'.padEnd(16)} run every gate on the example into demo-out/\n\nRun \`mlgate <command> --help\` for a command's options.\n`);
    return name ? 0 : 2;
  }
  if (name === 'demo') return demo(rest);
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`error: unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${cmd.summary}\n\nusage: ${cmd.usage}\n`);
    return 0;
  }
  return cmd.run(rest);
}
