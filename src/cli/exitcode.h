#pragma once

namespace suanli::cli {

// The process exit codes scripts rely on; part of the CLI's contract.
enum ExitCode : int {
    ExitOk = 0,       // done
    ExitFailed = 1,   // network or platform error
    ExitUsage = 2,    // bad command line or unknown name
    ExitAuth = 3,     // the platform rejected the credentials
    ExitRefused = 4,  // needs --yes, or the platform does not support the action
};

} // namespace suanli::cli
