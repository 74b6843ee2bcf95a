#pragma once

struct CliOptions;

// `confab-cli history list|search|export|import`: the saved conversations, read from
// Confab's history database (or --history FILE). Needs no provider and no key.
namespace HistoryCommand {

// The exit code: 0 ok, 1 a database or file problem (message on stderr), 2 usage.
int run(const CliOptions &options);

} // namespace HistoryCommand
