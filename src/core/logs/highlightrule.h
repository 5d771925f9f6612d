#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace suanli {

// A highlight the user defined: lines (or only the matching text) that match a pattern get
// colours. Colours are "#rrggbb" texts (empty: unchanged), so that core needs no GUI types.
struct HighlightRule
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = false;
    QString foreground;
    QString background;
    bool wholeLine = true;
    bool enabled = true;

    QJsonObject toJson() const;
    static std::optional<HighlightRule> fromJson(const QJsonObject &object);
    static QByteArray listToJson(const QList<HighlightRule> &rules);
    // Rules that cannot be read are skipped: a damaged setting must not cost the others.
    static QList<HighlightRule> listFromJson(const QByteArray &json);

    bool operator==(const HighlightRule &) const = default;
};

} // namespace suanli
