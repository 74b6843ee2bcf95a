// The reference client for bench_cli_vs_clients: the official `openai` Node SDK streaming
// one chat completion and concatenating the content deltas, as an application would.
// Usage: node openai_sdk_consumer.mjs BASE_URL MODEL PROMPT
// The SDK is loaded from CONFAB_NPM_DIR (default: the repository's .npm-deps/node_modules).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const npmDir = process.env.CONFAB_NPM_DIR || join(here, '..', '..', '.npm-deps', 'node_modules');
const require = createRequire(join(npmDir, 'noop.js'));
const { OpenAI } = require('openai');

const [baseURL, model, prompt] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: process.env.CONFAB_API_KEY || 'bench', maxRetries: 0 });

try {
  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: prompt }],
    stream: true,
  });
  let answer = '';
  for await (const chunk of stream)
    answer += chunk.choices[0]?.delta?.content ?? '';
  process.stdout.write(answer + '\n');
} catch (error) {
  console.error(`openai_sdk_consumer: ${error.message}`);
  process.exit(1);
}
