#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace suanli {

// One search term compiled for UTF-8 bytes: a regular expression (PCRE2, JIT-compiled) or plain
// text. It runs on the log's bytes directly, invalid UTF-8 included, never on converted strings.
// Not thread-safe: each thread makes its own.
class LineMatcher final
{
public:
    LineMatcher(const QString &pattern, bool regex, bool caseSensitive);
    ~LineMatcher();
    LineMatcher(const LineMatcher &) = delete;
    LineMatcher &operator=(const LineMatcher &) = delete;
    LineMatcher(LineMatcher &&) noexcept;
    LineMatcher &operator=(LineMatcher &&) noexcept;

    bool isValid() const;
    // Why the pattern does not compile (with the position), empty when it does.
    QString errorString() const { return m_error; }

    // The first match in subject[from, length); false when there is none. The subject may hold
    // many lines ('\n'-separated): ^ and $ match at line boundaries.
    bool find(const char *subject, qint64 length, qint64 from, qint64 *begin, qint64 *end);
    bool matches(QByteArrayView line);
    // Byte ranges [begin, end) of the matches in one line, at most `limit`.
    QList<QPair<qint64, qint64>> matchRanges(QByteArrayView line, int limit = 4096);

    // Bytes every match of the regex contains (as grep finds its "must" strings), so that a
    // scan can look for them with memmem first and run the regex only on lines that have
    // them. Empty when there is no such text worth using (alternation at the top level,
    // fewer than three bytes, or letters under a case-insensitive match).
    const QByteArray &requiredLiteral() const { return m_required; }
    // The next occurrence of requiredLiteral() in subject[from, length).
    bool findRequired(const char *subject, qint64 length, qint64 from, qint64 *at) const;
    // The longest literal run a regex pattern requires; empty when unsure.
    static QByteArray requiredLiteralOf(const QString &pattern);

private:
    struct Pcre;
    std::unique_ptr<Pcre> m_pcre; // null for case-sensitive plain text
    QByteArray m_needle;
    QByteArray m_required;
    QString m_error;
};

} // namespace suanli
