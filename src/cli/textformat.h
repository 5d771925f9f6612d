#pragma once

#include "core/money.h"
#include "core/resource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace suanli::cli {

// Cell texts for the human tables: local times, yuan as decimals, "-" for nothing.
class TextFormat final
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)
public:
    static QString time(const QDateTime &time);
    static QString money(const std::optional<Money> &amount);
    static QString status(const Resource &resource);
    static QString gpu(const Resource &resource);
    static QString orDash(const QString &text);
    // "H:MM:SS" from the start to the end (or now while it runs); "-" before it starts.
    static QString runTime(const Resource &resource);
};

} // namespace suanli::cli
