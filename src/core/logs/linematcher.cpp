#include "linematcher.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace suanli {

struct LineMatcher::Pcre
{
    pcre2_code *code = nullptr;
    pcre2_match_data *matchData = nullptr;
    pcre2_match_context *context = nullptr;
    pcre2_jit_stack *jitStack = nullptr;
    bool jit = false;

    ~Pcre()
    {
        pcre2_match_data_free(matchData);
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(jitStack);
        pcre2_code_free(code);
    }

    int match(const char *subject, qint64 length, qint64 from)
    {
        const auto *s = reinterpret_cast<PCRE2_SPTR>(subject);
        if (jit)
            return pcre2_jit_match(code, s, PCRE2_SIZE(length), PCRE2_SIZE(from), 0, matchData, context);
        return pcre2_match(code, s, PCRE2_SIZE(length), PCRE2_SIZE(from), 0, matchData, context);
    }
};

LineMatcher::LineMatcher(const QString &pattern, bool regex, bool caseSensitive)
{
    const QByteArray utf8 = pattern.toUtf8();
    if (!regex && caseSensitive) {
        m_needle = utf8;
        return;
    }
    // Invalid UTF-8 in a log must not stop a search: PCRE2 then treats those bytes as
    // unmatchable instead of failing the whole subject.
    uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (!caseSensitive)
        options |= PCRE2_CASELESS;
    options |= regex ? PCRE2_MULTILINE : PCRE2_LITERAL;
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()), options,
                                     &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR buffer[256];
        pcre2_get_error_message(errorCode, buffer, sizeof buffer);
        m_error = QCoreApplication::translate("suanli::LineMatcher", "%1 (at character %2)")
                      .arg(QString::fromUtf8(reinterpret_cast<const char *>(buffer)))
                      .arg(QString::fromUtf8(utf8.left(qsizetype(errorOffset))).size() + 1);
        return;
    }
    if (regex) {
        m_required = requiredLiteralOf(pattern);
        const bool hasLetters = std::any_of(m_required.begin(), m_required.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || uchar(c) >= 0x80;
        });
        if (!caseSensitive && hasLetters)
            m_required.clear();
    }
    m_pcre = std::make_unique<Pcre>();
    m_pcre->code = code;
    m_pcre->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    m_pcre->matchData = pcre2_match_data_create_from_pattern(code, nullptr);
    m_pcre->context = pcre2_match_context_create(nullptr);
    if (m_pcre->jit) {
        // Deeply nested patterns need more than the default 32 KiB of JIT stack.
        m_pcre->jitStack = pcre2_jit_stack_create(32 * 1024, 2 * 1024 * 1024, nullptr);
        if (m_pcre->jitStack)
            pcre2_jit_stack_assign(m_pcre->context, nullptr, m_pcre->jitStack);
    }
}

LineMatcher::~LineMatcher() = default;
LineMatcher::LineMatcher(LineMatcher &&) noexcept = default;
LineMatcher &LineMatcher::operator=(LineMatcher &&) noexcept = default;

bool LineMatcher::isValid() const
{
    return m_error.isEmpty();
}

bool LineMatcher::find(const char *subject, qint64 length, qint64 from, qint64 *begin, qint64 *end)
{
    if (!isValid() || from > length)
        return false;
    if (!m_pcre) {
        if (m_needle.isEmpty()) {
            *begin = *end = from;
            return true;
        }
#if defined(Q_OS_WIN)
        const std::string_view hay(subject + from, size_t(length - from));
        const size_t at = hay.find(std::string_view(m_needle.constData(), size_t(m_needle.size())));
        if (at == std::string_view::npos)
            return false;
        *begin = from + qint64(at);
#else
        const void *at = memmem(subject + from, size_t(length - from), m_needle.constData(), size_t(m_needle.size()));
        if (!at)
            return false;
        *begin = static_cast<const char *>(at) - subject;
#endif
        *end = *begin + m_needle.size();
        return true;
    }
    const int rc = m_pcre->match(subject, length, from);
    if (rc < 0)
        return false; // no match, or a match limit hit: either way not a hit
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(m_pcre->matchData);
    *begin = qint64(ovector[0]);
    *end = qint64(ovector[1]);
    // \K can end a match before its start; keep the range sane.
    if (*end < *begin)
        *end = *begin;
    return true;
}

namespace {

const void *findBytes(const char *hay, qint64 hayLength, const QByteArray &needle)
{
#if defined(Q_OS_WIN)
    const std::string_view h(hay, size_t(hayLength));
    const size_t at = h.find(std::string_view(needle.constData(), size_t(needle.size())));
    return at == std::string_view::npos ? nullptr : hay + at;
#else
    return memmem(hay, size_t(hayLength), needle.constData(), size_t(needle.size()));
#endif
}

// The length of the UTF-8 character that ends at `end` in `run`.
qsizetype lastCharLength(const QByteArray &run)
{
    qsizetype n = 1;
    while (n < run.size() && (uchar(run[run.size() - n]) & 0xC0) == 0x80)
        ++n;
    return n;
}

} // namespace

bool LineMatcher::findRequired(const char *subject, qint64 length, qint64 from, qint64 *at) const
{
    if (m_required.isEmpty() || from >= length)
        return false;
    const void *p = findBytes(subject + from, length - from, m_required);
    if (!p)
        return false;
    *at = static_cast<const char *>(p) - subject;
    return true;
}

QByteArray LineMatcher::requiredLiteralOf(const QString &pattern)
{
    const QByteArray p = pattern.toUtf8();
    QByteArray best;
    QByteArray run;
    auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    // Removes the last character: a quantifier that may repeat it zero times follows.
    auto dropLast = [&] {
        if (!run.isEmpty())
            run.chop(lastCharLength(run));
    };
    const qsizetype n = p.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '\\': {
            if (i + 1 >= n)
                return {};
            const char e = p[i + 1];
            if (e == 'Q' || e == 'E')
                return {}; // quoting: not worth the trouble
            ++i;
            if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                endRun(); // \d, \w, \b, \x41, back references...
                // \x{...}, \p{...}, \k<...>: skip the argument as well.
                if (i + 1 < n && (p[i + 1] == '{' || p[i + 1] == '<')) {
                    const char close = p[i + 1] == '{' ? '}' : '>';
                    while (i < n && p[i] != close)
                        ++i;
                }
            } else {
                run.append(e);
            }
            break;
        }
        case '[': {
            endRun();
            qsizetype j = i + 1;
            if (j < n && p[j] == '^')
                ++j;
            if (j < n && p[j] == ']')
                ++j;
            while (j < n && p[j] != ']') {
                if (p[j] == '\\')
                    ++j;
                else if (p[j] == '[' && j + 1 < n && p[j + 1] == ':') {
                    const qsizetype close = p.indexOf(":]", j + 2);
                    j = close < 0 ? n : close + 1;
                }
                ++j;
            }
            if (j >= n)
                return {};
            i = j;
            break;
        }
        case '(': {
            if (i + 1 < n && p[i + 1] == '?')
                return {}; // inline options, look-arounds, named groups: unsure
            endRun();
            int depth = 1;
            qsizetype j = i + 1;
            bool inClass = false;
            for (; j < n && depth > 0; ++j) {
                if (p[j] == '\\') {
                    ++j;
                } else if (inClass) {
                    if (p[j] == ']')
                        inClass = false;
                } else if (p[j] == '[') {
                    inClass = true;
                } else if (p[j] == '(') {
                    ++depth;
                } else if (p[j] == ')') {
                    --depth;
                }
            }
            if (depth > 0)
                return {};
            i = j - 1;
            break;
        }
        case '|':
            return {}; // alternation at the top: no single required text
        case '*':
        case '?':
        case '{':
            dropLast();
            endRun();
            if (c == '{') {
                while (i < n && p[i] != '}')
                    ++i;
            }
            // A lazy or possessive mark after the quantifier.
            if (i + 1 < n && (p[i + 1] == '?' || p[i + 1] == '+'))
                ++i;
            break;
        case '+':
            endRun(); // the character is there at least once, but maybe more
            if (i + 1 < n && (p[i + 1] == '?' || p[i + 1] == '+'))
                ++i;
            break;
        case '.':
        case '^':
        case '$':
        case ')':
            endRun();
            break;
        case '#':
        case ' ':
        default:
            run.append(c);
            break;
        }
    }
    endRun();
    return best.size() >= 3 ? best : QByteArray();
}

bool LineMatcher::matches(QByteArrayView line)
{
    qint64 b = 0;
    qint64 e = 0;
    return find(line.data(), line.size(), 0, &b, &e);
}

QList<QPair<qint64, qint64>> LineMatcher::matchRanges(QByteArrayView line, int limit)
{
    QList<QPair<qint64, qint64>> out;
    qint64 from = 0;
    while (from <= line.size() && out.size() < limit) {
        qint64 b = 0;
        qint64 e = 0;
        if (!find(line.data(), line.size(), from, &b, &e))
            break;
        if (e > b)
            out.append({b, e});
        if (e > from) {
            from = e;
        } else {
            // An empty match: step over one whole UTF-8 character.
            from = b + 1;
            while (from < line.size() && (uchar(line[from]) & 0xC0) == 0x80)
                ++from;
        }
    }
    return out;
}

} // namespace suanli
