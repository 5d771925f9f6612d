#include "querymatcher.h"

#include <algorithm>

namespace suanli {

QueryMatcher::QueryMatcher(const LogQuery &query)
{
    for (const LogQuery::Term &term : query.terms()) {
        LineMatcher matcher(term.pattern, query.regex, query.caseSensitive);
        if (!matcher.isValid() && m_error.isEmpty())
            m_error = matcher.errorString();
        (term.negate ? m_negative : m_positive).push_back(std::move(matcher));
    }
}

bool QueryMatcher::othersMatch(QByteArrayView line, size_t skipFirstPositive)
{
    for (size_t i = skipFirstPositive; i < m_positive.size(); ++i) {
        if (!m_positive[i].matches(line))
            return false;
    }
    for (LineMatcher &m : m_negative) {
        if (m.matches(line))
            return false;
    }
    return true;
}

bool QueryMatcher::matchLine(QByteArrayView line)
{
    if (!isValid() || isEmpty())
        return false;
    return othersMatch(line, 0);
}

bool QueryMatcher::scanBlock(const LineStoreSnapshot::Block &block, qint64 from, qint64 to,
                             const std::function<void(qint64)> &onHit, const std::atomic<bool> *cancel)
{
    to = std::min(to, block.lines);
    if (!isValid() || isEmpty() || from >= to)
        return true;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto lineView = [&block](qint64 i) {
        const qint64 b = block.lineBegin(i);
        return QByteArrayView(block.data + b, block.lineEnd(i) - b);
    };

    if (m_positive.empty()) {
        // Only NOT terms: every line is a candidate.
        for (qint64 i = from; i < to; ++i) {
            if ((i & 0xffff) == 0 && cancelled())
                return false;
            if (othersMatch(lineView(i), 0))
                onHit(i);
        }
        return true;
    }

    LineMatcher &lead = m_positive.front();
    const qint64 endPos = to < block.lines ? block.lineBegin(to) : block.used;
    qint64 pos = block.lineBegin(from);
    qint64 cursor = from;
    int sinceCheck = 0;
    auto lineOf = [&](qint64 at) {
        return (std::upper_bound(block.starts + cursor, block.starts + to, quint32(at)) - block.starts) - 1;
    };
    if (!lead.requiredLiteral().isEmpty()) {
        // Find the text every match holds, then let the regex decide on that line alone.
        qint64 at = 0;
        while (pos < endPos && lead.findRequired(block.data, endPos, pos, &at)) {
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                if (cancelled())
                    return false;
            }
            const qint64 line = lineOf(at);
            const QByteArrayView text = lineView(line);
            if (lead.matches(text) && othersMatch(text, 1))
                onHit(line);
            pos = block.lineEnd(line) + 1;
            cursor = line + 1;
        }
        return true;
    }
    while (pos < endPos) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (cancelled())
                return false;
        }
        qint64 mb = 0;
        qint64 me = 0;
        if (!lead.find(block.data, endPos, pos, &mb, &me))
            break;
        // The line that holds the start of the match.
        const qint64 line = lineOf(mb);
        const qint64 lineEnd = block.lineEnd(line);
        const QByteArrayView text = lineView(line);
        // A match that runs on into the next line ("a\\sb" over a line end) does not count:
        // the line alone decides.
        bool hit = me <= lineEnd || lead.matches(text);
        if (hit)
            hit = othersMatch(text, 1);
        if (hit)
            onHit(line);
        pos = lineEnd + 1;
        cursor = line + 1;
    }
    return true;
}

QList<QPair<qint64, qint64>> QueryMatcher::highlightRanges(QByteArrayView line, int limit)
{
    QList<QPair<qint64, qint64>> out;
    for (LineMatcher &m : m_positive)
        out += m.matchRanges(line, limit);
    if (m_positive.size() > 1)
        std::sort(out.begin(), out.end());
    return out;
}

} // namespace suanli
