#pragma once

#include "linematcher.h"
#include "linestoresnapshot.h"
#include "logquery.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace suanli {

// A LogQuery compiled: a line matches when every positive term matches it and no NOT term
// does. Scanning a block runs the first positive term over the block's bytes in one go, as
// grep does, and checks the other terms only on the lines it finds. Not thread-safe.
class QueryMatcher final
{
public:
    explicit QueryMatcher(const LogQuery &query);

    bool isEmpty() const { return m_positive.empty() && m_negative.empty(); }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    bool matchLine(QByteArrayView line);
    // Calls onHit(i) for each matching line i of `block` in [from, to) (block-local indices),
    // in order. Stops early when `cancel` becomes true; returns false then.
    bool scanBlock(const LineStoreSnapshot::Block &block, qint64 from, qint64 to, const std::function<void(qint64)> &onHit,
                   const std::atomic<bool> *cancel = nullptr);
    // What to highlight in a line: the byte ranges of the positive terms' matches, sorted.
    QList<QPair<qint64, qint64>> highlightRanges(QByteArrayView line, int limit = 4096);

private:
    bool othersMatch(QByteArrayView line, size_t skipFirstPositive);

    std::vector<LineMatcher> m_positive;
    std::vector<LineMatcher> m_negative;
    QString m_error;
};

} // namespace suanli
