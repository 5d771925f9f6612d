#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace suanli {

// An amount of Chinese yuan held as integer fen: money is never a floating-point number here.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { Money m; m.m_fen = fen; return m; }

    // Accepts "12.50", "12.5", "-3", "1,284.50", "¥12.50", "70.00元/小时", "12.5 CNY".
    // More than two decimals round half away from zero. Empty or non-numeric text: nullopt.
    static std::optional<Money> parse(QStringView text);
    // A JSON number (rounded to the fen) or a string as for parse().
    static std::optional<Money> fromJson(const QJsonValue &value);

    constexpr qint64 fen() const { return m_fen; }
    // "12.50" / "-0.05": the CLI's decimal string.
    QString toDecimalString() const;
    // "¥1,284.50" in the given locale's grouping.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return fromFen(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return fromFen(m_fen - o.m_fen); }
    Money &operator+=(Money o) { m_fen += o.m_fen; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    qint64 m_fen = 0;
};

} // namespace suanli

Q_DECLARE_METATYPE(suanli::Money)
