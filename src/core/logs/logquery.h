#pragma once

#include <QList>
#include <QString>

namespace suanli {

// What the user searches for: one text, plain or a regular expression, with or without case.
// The text may combine terms: "ERROR AND cuda NOT timeout" finds the lines holding ERROR and
// cuda but not timeout; "NOT DEBUG" finds every line without DEBUG. The keywords are upper case
// with a space on both sides, so ordinary text rarely collides with them.
struct LogQuery
{
    struct Term
    {
        QString pattern;
        bool negate = false;
        bool operator==(const Term &) const = default;
    };

    QString text;
    bool regex = false;
    bool caseSensitive = false;

    bool isEmpty() const { return terms().isEmpty(); }
    QList<Term> terms() const;
    bool operator==(const LogQuery &) const = default;
};

} // namespace suanli
