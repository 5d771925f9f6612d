#include "money.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace suanli {

std::optional<Money> Money::parse(QStringView text)
{
    // Keep the first number in the text: sign, digits, grouping commas, one decimal point.
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && !(text[i].isDigit() || text[i] == u'-' || text[i] == u'+' || text[i] == u'.'))
        ++i;
    if (i == n)
        return std::nullopt;
    bool negative = false;
    if (text[i] == u'-' || text[i] == u'+') {
        negative = text[i] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    int fracDigits = 0;
    qint64 frac = 0; // first two decimals
    int roundDigit = -1;
    bool seenPoint = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            const int d = c.digitValue();
            ++digits;
            if (!seenPoint) {
                if (whole > limit)
                    return std::nullopt;
                whole = whole * 10 + d;
            } else {
                if (fracDigits < 2)
                    frac = frac * 10 + d;
                else if (fracDigits == 2)
                    roundDigit = d;
                ++fracDigits;
            }
        } else if (c == u',' && !seenPoint && i + 1 < n && text[i + 1].isDigit()) {
            continue;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (fracDigits == 1)
        frac *= 10;
    qint64 fen = whole * 100 + frac;
    if (roundDigit >= 5)
        ++fen;
    return fromFen(negative ? -fen : fen);
}

std::optional<Money> Money::fromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (!std::isfinite(v) || std::fabs(v) > 9.0e13)
            return std::nullopt;
        return fromFen(std::llround(v * 100.0));
    }
    if (value.isString())
        return parse(value.toString());
    return std::nullopt;
}

QString Money::toDecimalString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return QStringLiteral("%1¥%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(c.toString(a / 100))
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace suanli
