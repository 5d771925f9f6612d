#include "highlightrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace suanli {

namespace {

QString colour(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString text = value.toString();
    return hex.match(text).hasMatch() ? text.toLower() : QString();
}

} // namespace

QJsonObject HighlightRule::toJson() const
{
    return {{QStringLiteral("pattern"), pattern},
            {QStringLiteral("regex"), regex},
            {QStringLiteral("caseSensitive"), caseSensitive},
            {QStringLiteral("foreground"), foreground},
            {QStringLiteral("background"), background},
            {QStringLiteral("wholeLine"), wholeLine},
            {QStringLiteral("enabled"), enabled}};
}

std::optional<HighlightRule> HighlightRule::fromJson(const QJsonObject &object)
{
    const QJsonValue pattern = object.value(QStringLiteral("pattern"));
    if (!pattern.isString() || pattern.toString().isEmpty())
        return std::nullopt;
    HighlightRule rule;
    rule.pattern = pattern.toString();
    rule.regex = object.value(QStringLiteral("regex")).toBool(false);
    rule.caseSensitive = object.value(QStringLiteral("caseSensitive")).toBool(false);
    rule.foreground = colour(object.value(QStringLiteral("foreground")));
    rule.background = colour(object.value(QStringLiteral("background")));
    rule.wholeLine = object.value(QStringLiteral("wholeLine")).toBool(true);
    rule.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    return rule;
}

QByteArray HighlightRule::listToJson(const QList<HighlightRule> &rules)
{
    QJsonArray array;
    for (const HighlightRule &rule : rules)
        array.append(rule.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<HighlightRule> HighlightRule::listFromJson(const QByteArray &json)
{
    QList<HighlightRule> rules;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const QJsonValue &value : doc.array()) {
        if (auto rule = fromJson(value.toObject()))
            rules.append(*rule);
    }
    return rules;
}

} // namespace suanli
