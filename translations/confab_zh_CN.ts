<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop client for OpenAI-compatible chat APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code colouring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built in (code is shown plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>Waiting for the answer… ▍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerMetrics</name>
    <message>
        <source>%Ln tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>Answer ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API key (401). Check the key for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (403). The key may lack permission for this model, or the service is not available in your region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 404: the model or the address was not found. Check the model name and the base URL (it usually ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). The conversation may be too long for the model&apos;s context, or a parameter is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (429) and asks to wait %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate limiting requests or the quota is used up (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>%1 must be of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an argument of this tool; it takes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Cannot read stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not run: the user lets no tool run here (confab-cli --approve none). Answer without tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not run: the user lets only tools that only read run here (confab-cli --approve read-only). Answer without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls (--max-tool-rounds); the model still asked for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The answer was cut off: it reached the token limit.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The provider&apos;s content filter stopped the answer.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool name &quot;%1&quot; must be 1–64 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: it needs consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed once by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with your changes to the arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments must be a JSON object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: Confab stops after %1 rounds of tool calls per question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls; ask again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed event (%2). The answer so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error during the answer: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete. The part that arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without sending an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the answer (%2). The part that arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished without any answer. The prompt may be longer than the model&apos;s context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Refresh the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, keys and network (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several models on one prompt (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Usage:
  confab-cli ask [options] PROMPT|-     stream one answer (- reads the prompt from stdin)
  confab-cli models [options]           list the endpoint&apos;s models
  confab-cli compare -m PROVIDER/MODEL -m MODEL … [options] PROMPT|-
                                        stream 2 to 4 answers at once, then a table of
                                        their metrics (first token, tokens/s, tokens, cost)
  confab-cli providers [--json]         list the providers set up in Confab
  confab-cli keys set NAME              store NAME&apos;s API key in the keychain (read from stdin)
  confab-cli keys delete NAME           remove NAME&apos;s API key from the keychain
  confab-cli history list [--json] [--all]
                                        the saved conversations, newest first (--all: archived too)
  confab-cli history search QUERY [--json]
                                        the messages that contain QUERY
  confab-cli history export ID…|--all [--format md|json] [-o FILE]
                                        write conversations as Markdown or JSON
                                        (default: json for -o *.json, else md)
  confab-cli history import FILE|-      add the conversations of a JSON export

Options:
  --provider NAME       a provider set up in Confab: its address, headers and the key
                        from the keychain (default: $CONFAB_PROVIDER)
  --base-url URL        the API&apos;s base URL (default: $CONFAB_BASE_URL or https://api.openai.com/v1)
  --api-key-env VAR     read the API key from environment variable VAR (default: CONFAB_API_KEY)
  -m, --model M         the model (default: $CONFAB_MODEL); compare: one column each,
                        PROVIDER/MODEL (a provider set up in Confab, its key from the
                        keychain) or MODEL (at --provider / --base-url)
  --system S            a system prompt
  --param KEY=VALUE     a request parameter, repeatable (temperature, top_p, max_tokens,
                        max_completion_tokens, n, stop, seed, reasoning_effort, …)
  --no-stream           ask for the whole answer at once
  --json                print one JSON object with the result
  --hide-reasoning      do not print the model&apos;s reasoning (stderr)
  --tools LIST          offer tools and run the model&apos;s calls to them; LIST is comma-
                        separated, repeatable: builtin (time, calculator, fetch_url, and
                        read_text_file/list_folder with --allow-folder), mcp:NAME (an MCP
                        server set up in Confab). Each call and its result go to stderr
  --approve MODE        which calls run: read-only (default), all, or none; never asked
                        interactively, a refused call is reported to the model
  --allow-folder DIR    let the built-in file tools read DIR, repeatable
  --max-tool-rounds N   rounds of tool calls before giving up (default 8)
  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, --total-timeout S
  --retries N           retries for 429/5xx before the answer starts (default 2)
  --history FILE        the history database for history commands (default: Confab&apos;s own)

Exit codes: 0 ok, 1 history, file or MCP server problem, 2 usage, 3 network/timeout,
4 auth, 5 other HTTP/server, 6 protocol, 7 stopped at the tool round limit. compare: 0 when
at least one model answered, else the code of the first column&apos;s error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-m needs a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is md or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approve is read-only, all or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-folder needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tool-rounds needs a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: ask, models, compare, providers, keys or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an option of the history commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;keys set NAME&quot; (the key is read from stdin) or &quot;keys delete NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --provider or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tools is an option of ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with --tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-folder shares folders with the built-in tools: add --tools builtin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model with --model or CONFAB_MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs 2 to 4 models: -m PROVIDER/MODEL -m MODEL …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs a model in every -m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>There is no MCP server named &quot;%1&quot;: none is set up in Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; in Confab&apos;s settings (there are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is turned off in Confab&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-folder %1: there is no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approve none runs no tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approve read-only runs only tools that only read, and %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Your pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this model as a normal conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>%1: %2 Retrying in %3 s (attempt %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Add at least %1 models to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for every answer to finish, or stop them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model has to answer before you pick the best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewest tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the models by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the model names until you pick the best answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling one column scrolls the others to the same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You called it a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison stays in the history; answers still arriving are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One prompt for every model (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt for every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the prompt goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message>
        <source>Could not read the comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your vote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the column from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comparison to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message: sending keeps the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tool call %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the message id %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent %2 of message %3 is not in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the messages&apos; parents form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1, message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;selected_children&quot; must map ids to ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Confab history export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid history format &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of Confab (history format %1; this version reads up to %2). Please update Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History format version %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the conversation &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>Answering: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, pin, archive, export, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Another program (perhaps another Confab) is using the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conversation database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a conversation database (not an SQLite file); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the conversation database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the conversation database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable conversation database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Confab (schema %2; this version knows up to %3). It was left untouched; please update Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the conversation database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote needs the comparison it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote needs at least two answers to choose between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The winner of a vote must be one of its %n answers, or a tie.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAnswers</name>
    <message>
        <source>The tool has answered. I will pass its result on in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You mentioned a tool. The demo offers one function, get_current_time; I will call it for the UTC time zone and answer once its result is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for something long. I will write until the token limit cuts me off, so that the window shows an answer that was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote %1. Nothing is really thinking here: this is Confab&apos;s offline demo. I will answer with Markdown that shows every part of the chat window, a heading, emphasis, code, a link, lists, a table, a quote and a code block, and stream it in small pieces so that it visibly grows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown path %1 %2: the demo server answers GET /v1/models and POST /v1/chat/completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; does not exist. The demo offers confab-demo and confab-demo-reasoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab talks to any service with an OpenAI-compatible API. Pick yours to set it up; you can add more later in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look around first: the offline demo answers from this computer, with no network and no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantedFolders</name>
    <message>
        <source>No folder is shared with tools; the user can share one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the folders shared with tools (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pinned] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[archived] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (conversation %2, message %3)
    %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message contains &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 conversation.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 conversations.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them came in as copies with new ids: theirs were already taken.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no conversations; nothing was imported.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFileDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab history, JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s), then stopped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already existed and came in as copies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>%1 answered with a redirect (%2) but no address to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure address to an insecure one (%2); Confab refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved this address (%2) to %3. Change the base URL to the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 within %2 s. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the request but sent no answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s; the answer stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 took longer than the limit of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the base URL and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the server running at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Confab does not ignore certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed while reaching %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers come in the language you write in; this changes Confab&apos;s own words. Texts already on screen, such as error messages, change the next time they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>A native chat client for OpenAI-compatible APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Confab with a built-in offline demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s base URL, e.g. http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation history file to use instead of the one in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind votes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate counts a tie as half a win; the range is where the true rate lies with 95 % confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet: pick the best answer of a comparison to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W · %2 L · %3 T</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message numerus="yes">
        <source>no results yet, %n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab — offline demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new history (the old file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file is renamed and kept next to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try opening the history again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks MCP %2; Confab knows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not list its tools: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not JSON-RPC on stdout] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; starting it again (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should be an object with a &quot;command&quot;, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a remote server; Confab supports only servers it starts itself (stdio) for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a remote server (%1); Confab supports only servers it starts itself (stdio) for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;type&quot; is %1; Confab knows only &quot;stdio&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no &quot;command&quot; to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;command&quot; should be a program&apos;s name or path, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should be an array of strings, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should hold only strings, but item %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;env&quot; should be an object of strings, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;env&quot; has &quot;%1&quot;, which cannot be the name of an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;env&quot; value of %1 should be a string, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;disabled&quot; should be true or false, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name has no letter or digit a server name can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerSettings</name>
    <message>
        <source>%1: imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s name may have letters, digits, &quot;-&quot; and &quot;_&quot;, at most %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the name of an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit for an answer must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used, so %1 is kept in memory until Confab quits; it is not saved. The keychain said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start: the system keychain has no value for %2. Enter it in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file should hold a JSON object with &quot;mcpServers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; should be an object of servers by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server of this file already took the name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server called %1 is already configured; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s name may have only letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is disabled, as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tool approvals (%1) were not taken over: Confab asks you itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its environment values could not be stored: the keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used, so its environment values are kept in memory until Confab quits; they are not saved. The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading its secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting again (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be offered: names taken or too long)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(restarted %n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>(nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Confab starts %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import servers from an mcpServers JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server yet. Add one below, or import the mcpServers file of another app (Claude Desktop, Cursor, VS Code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 wrote to its error output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every tool of %1 without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value, one per line; values are kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Confab closed before the answer finished. What was saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off: max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the provider&apos;s content filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model asked to use tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>%1 answered the model list with something that is not a list of models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelParameters</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_completion_tokens must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n must be between 1 and 128 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 4 stop sequences are allowed (there are %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop sequence cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit_bias keys must be token ids (numbers), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit_bias values must be between -100 and 100 (token %1 has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user cannot be empty when it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning_effort must be none, minimal, low, medium, high or xhigh, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit_bias needs a JSON object such as {&quot;50256&quot;: -100}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit_bias values must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;. Known parameters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPrice</name>
    <message>
        <source>Name the model the price is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is US dollars per million tokens, from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkOptions</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Applied. New requests use these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with extra certificate authorities to trust besides the system&apos;s, such as your company&apos;s or a local server&apos;s. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; e.g. /etc/ssl/company-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the applied network settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewComparisonDialog</name>
    <message>
        <source>Compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four models answer the same prompt side by side. Leave a row empty to use fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterSet</name>
    <message>
        <source>No conversation is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–2, e.g. 0.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all to provider defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginTool</name>
    <message>
        <source>the plugin gave an empty tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool name &quot;%1&quot; is not 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool %1 has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters of %1 are not a JSON Schema of type &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices, in US dollars per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons show what an answer cost when its provider does not say. Confab ships no prices: enter the ones your providers charge. A price for &quot;any provider&quot; applies where no provider-specific one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in $%1 · out $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-5.4-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dollars per million input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input price per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dollars per million output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output price per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has no base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has a base URL that is not http(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has a bad extra header: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Key stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers, one &quot;Name: value&quot; per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key state unknown: the keychain could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key while held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a key at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Your providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and the key stored for it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderResolver</name>
    <message>
        <source>&quot;%1&quot; names no model after the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet; add one in Confab&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. Set up: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no base URL yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for %1. Store one with: confab-cli keys set &quot;%1&quot; (it reads the key from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1). Give the key for this run with --api-key-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no default model: choose one with --model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>This provider no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each extra header as &quot;Name: value&quot; on its own line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header has a name or value that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in memory until Confab quits; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n models.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. See: confab-cli providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No providers yet. Add one in Confab&apos;s settings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key arrived on stdin; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was stored for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the key for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasoningBlock</name>
    <message>
        <source>Reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <source>Hide reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestMessage</name>
    <message>
        <source>Message %1: a tool result needs the id of the call it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: only user and system messages may have several parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: every content part needs a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: an image part needs image_url.url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: every tool call needs an id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitRow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain could not be used, so API keys cannot be stored securely. The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported error %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a provider on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider yet. Add one from the list of known services, or Custom for any OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, export and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>The server sent a line longer than %1 MB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>Read-only built-in, allowed in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by you for every tool of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolBox</name>
    <message>
        <source>There is already a server named %1; remove it first, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool can change files or data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool talks to other computers over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool can start programs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab does not know what this tool may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran with your changes; the model asked for:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model wants to run %1. %2 Check the arguments below; you can change them before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments %1 will run with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolPluginLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qt plugin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built for version %1 of Confab&apos;s tool plugin interface; this Confab loads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Qt plugin of another kind (%1), not a Confab tool plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its plugin object does not implement ConfabToolPlugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to give its name and version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s name &quot;%1&quot; is reserved for Confab&apos;s own tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another plugin named &quot;%1&quot; was already loaded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to create its tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tool failed to describe itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no usable tool: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolRunLog</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tools did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1
Arguments: %2
Result:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>reads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can change files or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can start programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a folder with tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a folder Confab can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking before tools run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the read-only built-in tools without asking (clock, calculator, reading shared folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other tool asks on its card in the conversation, unless you allowed it for that chat or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool is always allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again before %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_text_file and list_folder can read these folders and what is inside them, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is shared: the file tools cannot read anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools the model can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments schema of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool plugin is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the offline demo: answers are canned, nothing leaves your computer. Ask anything, or include &quot;tool&quot; or &quot;long&quot; in your message to see a tool call or a cut-off answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is set up yet. Start Confab with --demo to try it offline, or with --base-url and an API key in CONFAB_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↑ Show %n earlier message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The history file is damaged: %1 Your conversation stays open; a new history can keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the history: %1 Your conversation stays open and Confab keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Conversations of this run are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new history. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen the comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no base URL yet: set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for %1: add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confab is already open on this history; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parseChunk</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
