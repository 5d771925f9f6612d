#include "logquery.h"

#include <QRegularExpression>

namespace suanli {

QList<LogQuery::Term> LogQuery::terms() const
{
    static const QRegularExpression separator(QStringLiteral("\\s+(AND|NOT)\\s+"));
    static const QString notPrefix = QStringLiteral("NOT ");
    QList<Term> out;
    auto add = [&out](QString pattern, bool negate) {
        // "a AND NOT b": a NOT right after AND negates the term it opens.
        while (pattern.startsWith(notPrefix)) {
            negate = !negate;
            pattern = pattern.mid(notPrefix.size()).trimmed();
        }
        if (!pattern.isEmpty())
            out.append({pattern, negate});
    };
    qsizetype pos = 0;
    bool negate = false;
    auto it = separator.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        add(text.mid(pos, m.capturedStart() - pos), negate);
        negate = m.captured(1) == u"NOT";
        pos = m.capturedEnd();
    }
    add(text.mid(pos), negate);
    return out;
}

} // namespace suanli
