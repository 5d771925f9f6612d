#pragma once

#include <QString>

#include <optional>

namespace suanli::cli {

// Reads a secret: one line from stdin (for scripts), or typed on the terminal without echo.
class SecretPrompt final
{
public:
    // One line from stdin with its line ending removed; nullopt at the end of input.
    static std::optional<QString> readLine();
    static bool stdinIsTerminal();
    // Writes `prompt` to stderr and reads one line from the terminal with echo off.
    static std::optional<QString> askHidden(const QString &prompt);
};

} // namespace suanli::cli
