// Search and filter on tricky input: plain and regex, case, AND / NOT terms, anchors, matches
// that would run over a line end, invalid UTF-8, Chinese, 100 KB lines; checked against a
// per-line QRegularExpression reference; and the asynchronous search with progress and cancel.
#include "core/logs/linematcher.h"
#include "core/logs/linestore.h"
#include "core/logs/logdocument.h"
#include "core/logs/logquery.h"
#include "core/logs/logsearch.h"
#include "core/logs/logsearchsession.h"
#include "core/logs/querymatcher.h"

#include "waitfor.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace suanli;
using suanli::test::waitFor;

namespace {

std::vector<qint64> search(const LineStore &store, const QString &text, bool regex = false, bool caseSensitive = false)
{
    const LogSearchResult r = LogSearch::run(store.snapshot(), LogQuery{text, regex, caseSensitive});
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    std::vector<qint64> out;
    for (qint64 ordinal : *r.hits)
        out.push_back(store.indexOf(ordinal));
    return out;
}

using Hits = std::vector<qint64>;

LineStore sample()
{
    LineStore store;
    store.appendText("[INFO] start\r\n"                      // 0
                     "[ERROR] cuda out of memory\n"         // 1
                     "[WARN] cuda slow\n"                   // 2
                     "\n"                                   // 3
                     "error: lower case\n"                  // 4
                     "训练 loss=0.25 错误\n"                 // 5
                     "bad \xff\xfe bytes ERROR here\n"      // 6
                     "progress 10%\rprogress 100%\n"        // 7
                     "[ERROR] timeout talking to cuda\n");  // 8
    return store;
}

} // namespace

TEST(LogQuery, TermsWithAndAndNot)
{
    using T = LogQuery::Term;
    EXPECT_EQ((LogQuery{QStringLiteral("ERROR")}.terms()), (QList<T>{{QStringLiteral("ERROR"), false}}));
    EXPECT_EQ((LogQuery{QStringLiteral("ERROR AND cuda NOT timeout")}.terms()),
              (QList<T>{{QStringLiteral("ERROR"), false}, {QStringLiteral("cuda"), false}, {QStringLiteral("timeout"), true}}));
    EXPECT_EQ((LogQuery{QStringLiteral("NOT DEBUG")}.terms()), (QList<T>{{QStringLiteral("DEBUG"), true}}));
    EXPECT_EQ((LogQuery{QStringLiteral("a AND NOT b")}.terms()),
              (QList<T>{{QStringLiteral("a"), false}, {QStringLiteral("b"), true}}));
    // Leading spaces of a plain search are part of it; lower-case "and" is ordinary text.
    EXPECT_EQ((LogQuery{QStringLiteral("  File and more")}.terms()), (QList<T>{{QStringLiteral("  File and more"), false}}));
    EXPECT_TRUE(LogQuery{QString()}.isEmpty());
    EXPECT_TRUE(LogQuery{QStringLiteral("NOT ")}.isEmpty());
}

TEST(LogSearch, PlainAndCase)
{
    const LineStore store = sample();
    EXPECT_EQ(search(store, QStringLiteral("error")), (Hits{1, 4, 6, 8}));
    EXPECT_EQ(search(store, QStringLiteral("ERROR"), false, true), (Hits{1, 6, 8}));
    EXPECT_EQ(search(store, QStringLiteral("error"), false, true), (Hits{4}));
    EXPECT_EQ(search(store, QStringLiteral("错误")), (Hits{5}));
    EXPECT_EQ(search(store, QStringLiteral("progress 10%")), (Hits{}));
    EXPECT_EQ(search(store, QStringLiteral("progress 100%")), (Hits{7}));
    EXPECT_EQ(search(store, QStringLiteral("no such text")), (Hits{}));
}

TEST(LogSearch, RegexAnchorsAndLineEnds)
{
    const LineStore store = sample();
    EXPECT_EQ(search(store, QStringLiteral("^\\[(ERROR|WARN)\\]"), true), (Hits{1, 2, 8}));
    EXPECT_EQ(search(store, QStringLiteral("cuda$"), true), (Hits{8}));
    EXPECT_EQ(search(store, QStringLiteral("cuda \\w+$"), true), (Hits{2}));
    EXPECT_EQ(search(store, QStringLiteral("^$"), true), (Hits{3}));
    // "\s" could cross a line end in the whole buffer; a hit must lie within one line.
    EXPECT_EQ(search(store, QStringLiteral("slow\\s+error"), true), (Hits{}));
    EXPECT_EQ(search(store, QStringLiteral("memory\\s*$"), true), (Hits{1}));
    EXPECT_EQ(search(store, QStringLiteral("loss=\\d+\\.\\d+"), true), (Hits{5}));
    EXPECT_EQ(search(store, QStringLiteral("训练.*错误"), true), (Hits{5}));
    // Invalid bytes are skipped, the rest of the line still matches.
    EXPECT_EQ(search(store, QStringLiteral("bytes ERROR"), true, true), (Hits{6}));
}

TEST(LogSearch, AndNotFilters)
{
    const LineStore store = sample();
    EXPECT_EQ(search(store, QStringLiteral("ERROR AND cuda")), (Hits{1, 8}));
    EXPECT_EQ(search(store, QStringLiteral("cuda NOT timeout")), (Hits{1, 2}));
    EXPECT_EQ(search(store, QStringLiteral("NOT error")), (Hits{0, 2, 3, 5, 7}));
    EXPECT_EQ(search(store, QStringLiteral("\\[\\w+\\] AND NOT cuda"), true), (Hits{0}));
}

TEST(LogSearch, BadRegexIsAnError)
{
    const LineStore store = sample();
    const LogSearchResult r = LogSearch::run(store.snapshot(), LogQuery{QStringLiteral("(unclosed"), true, false});
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_TRUE(r.hits->empty());
    QueryMatcher m(LogQuery{QStringLiteral("[z-a]"), true, false});
    EXPECT_FALSE(m.isValid());
}

TEST(LogSearch, HundredKilobyteLinesAndRanges)
{
    LineStore store;
    QByteArray big(100 * 1024, 'x');
    for (int i = 0; i < 50; ++i) {
        QByteArray line = big;
        if (i % 10 == 3)
            line.replace(99000, 6, "NEEDLE");
        store.appendLine(line);
    }
    EXPECT_EQ(search(store, QStringLiteral("needle")), (Hits{3, 13, 23, 33, 43}));
    EXPECT_EQ(search(store, QStringLiteral("x{5}NEEDLEx"), true, true), (Hits{3, 13, 23, 33, 43}));
    const LogSearchResult part = LogSearch::run(store.snapshot(), LogQuery{QStringLiteral("NEEDLE")}, 10, 30);
    EXPECT_EQ(*part.hits, (std::vector<qint64>{13, 23}));
    QueryMatcher m(LogQuery{QStringLiteral("NEEDLE")});
    const auto ranges = m.highlightRanges(store.line(3));
    ASSERT_EQ(ranges.size(), 1);
    EXPECT_EQ(ranges[0], (QPair<qint64, qint64>(99000, 99006)));
}

TEST(LogSearch, AgreesWithAPerLineReference)
{
    QRandomGenerator rng(7);
    const QList<QByteArray> words{"INFO", "ERROR", "warn", "cuda", "loss", "训练", "步骤", "\xff", "  ", "=", "0.5", "step"};
    LineStore store;
    QList<QByteArray> lines;
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        const int n = int(rng.bounded(12));
        for (int k = 0; k < n; ++k)
            line += words[int(rng.bounded(int(words.size())))] + ' ';
        lines.append(line);
        store.appendLine(line);
    }
    const QList<QPair<QString, bool>> patterns{{QStringLiteral("ERROR"), false},   {QStringLiteral("cuda loss"), false},
                                               {QStringLiteral("^INFO"), true},    {QStringLiteral("\\d\\.\\d $"), true},
                                               {QStringLiteral("(warn|训练) s"), true}, {QStringLiteral("步骤\\s+="), true}};
    for (const auto &[pattern, regex] : patterns) {
        for (bool cs : {false, true}) {
            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
            if (!cs)
                options |= QRegularExpression::CaseInsensitiveOption;
            const QRegularExpression re(regex ? pattern : QRegularExpression::escape(pattern), options);
            Hits expected;
            for (int i = 0; i < lines.size(); ++i) {
                if (re.match(QString::fromUtf8(lines[i])).hasMatch())
                    expected.push_back(i);
            }
            EXPECT_EQ(search(store, pattern, regex, cs), expected) << pattern.toStdString() << " cs=" << cs;
        }
    }
}

TEST(LogSearch, RunsOffThreadWithProgressAndCancel)
{
    LineStore store;
    QByteArray text;
    for (int i = 0; i < 300000; ++i)
        text += "2024-12-30 16:59:07 [INFO] step " + QByteArray::number(i) + (i % 1000 == 0 ? " ERROR\n" : " ok\n");
    store.appendText(text);

    LogSearch search;
    QSignalSpy finished(&search, &LogSearch::finished);
    QSignalSpy progress(&search, &LogSearch::progressChanged);
    const quint64 id = search.start(store.snapshot(), LogQuery{QStringLiteral("ERROR$"), true, true});
    EXPECT_TRUE(search.isRunning());
    // The store may change while the search runs: it reads its snapshot.
    store.appendLine("ERROR");
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    const auto result = finished.at(0).at(0).value<LogSearchResult>();
    EXPECT_EQ(result.id, id);
    EXPECT_FALSE(result.cancelled);
    EXPECT_EQ(result.hits->size(), 300u);
    EXPECT_GE(progress.count(), 1);
    EXPECT_EQ(progress.last().at(0).toInt(), 100);
    EXPECT_FALSE(search.isRunning());

    // A new start supersedes the running one: only the latest result arrives.
    search.start(store.snapshot(), LogQuery{QStringLiteral("step \\d+5 ok"), true, false});
    const quint64 second = search.start(store.snapshot(), LogQuery{QStringLiteral("ERROR")});
    ASSERT_TRUE(waitFor([&] { return finished.count() == 2; }));
    QTest::qWait(50);
    EXPECT_EQ(finished.count(), 2);
    EXPECT_EQ(finished.at(1).at(0).value<LogSearchResult>().id, second);
    EXPECT_EQ(finished.at(1).at(0).value<LogSearchResult>().hits->size(), 301u);

    // Cancelled: nothing arrives.
    search.start(store.snapshot(), LogQuery{QStringLiteral("ok")});
    search.cancel();
    QTest::qWait(300);
    EXPECT_EQ(finished.count(), 2);
    EXPECT_FALSE(search.isRunning());

    // The cancel flag stops a synchronous run too.
    std::atomic<bool> cancel{true};
    const LogSearchResult stopped = LogSearch::run(store.snapshot(), LogQuery{QStringLiteral("ok")}, 0, -1, &cancel);
    EXPECT_TRUE(stopped.cancelled);
}

TEST(LogSearch, DestroyedWhileRunning)
{
    LineStore store;
    for (int i = 0; i < 200000; ++i)
        store.appendLine(QByteArray(QByteArray("some line of text with a number ") + QByteArray::number(i)));
    for (int k = 0; k < 5; ++k) {
        auto search = std::make_unique<LogSearch>();
        search->start(store.snapshot(), LogQuery{QStringLiteral("(a|b|c)+\\d{3}9$"), true, false});
        search.reset(); // must wait for the worker, not crash
    }
    QTest::qWait(50);
    SUCCEED();
}

TEST(LineMatcher, RequiredLiterals)
{
    const QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("INFO .*Receiving block"), "Receiving block"},
        {QStringLiteral("blk_-?[0-9]+ terminating"), " terminating"},
        {QStringLiteral("ERROR|WARN"), ""},
        {QStringLiteral("a(b|c)def"), "def"},
        {QStringLiteral("colou?r"), "colo"},
        {QStringLiteral("x{2,3}yz"), ""},
        {QStringLiteral("\\d+\\.\\d+ loss"), " loss"},
        {QStringLiteral("(?i)error"), ""},
        {QStringLiteral("[abc\\]]+xyz"), "xyz"},
        {QStringLiteral("训练.*错误"), "训练"},
        {QStringLiteral("ab\\Qcd"), ""},
        {QStringLiteral("step\\s+\\d+/\\d+"), "step"},
        {QStringLiteral("a\\.b\\.c"), "a.b.c"},
        {QStringLiteral("[[:digit:]]+abc"), "abc"},
        {QStringLiteral("xyz+"), "xyz"},
        {QStringLiteral("xyz*"), ""},
    };
    for (const auto &[pattern, literal] : cases)
        EXPECT_EQ(LineMatcher::requiredLiteralOf(pattern), literal) << pattern.toStdString();
    // Letters under a case-insensitive match cannot be looked for byte by byte.
    EXPECT_TRUE(LineMatcher(QStringLiteral("INFO .*Receiving"), true, false).requiredLiteral().isEmpty());
    EXPECT_EQ(LineMatcher(QStringLiteral("\\w: 10\\.0\\.0\\.1"), true, false).requiredLiteral(), QByteArray(": 10.0.0.1"));
}

TEST(LogSearchSession, HitsFollowAppendsPrependsAndAnOpenLine)
{
    LogDocument doc;
    LogSearchSession session(&doc);
    session.setSyncLimit(100); // small batches at once, bigger ones on the worker
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + (i % 100 == 7 ? " ERROR\n" : "\n");
    doc.appendText(text);
    session.setQuery(LogQuery{QStringLiteral("ERROR")});
    EXPECT_TRUE(session.isSearching()); // 5000 lines: on the worker
    ASSERT_TRUE(waitFor([&] { return session.isComplete(); }));
    EXPECT_EQ(session.hits().size(), 50u);

    // A few lines at the end: searched at once.
    doc.appendLines({"new ERROR", "new ok"});
    EXPECT_TRUE(session.isComplete());
    EXPECT_EQ(session.hits().size(), 51u);
    EXPECT_EQ(session.hits().back(), doc.store().ordinalOf(5000));

    // An unfinished last line that becomes a hit, then stops being one.
    doc.appendText("progress 10%");
    EXPECT_EQ(session.hits().size(), 51u);
    doc.appendText("\rprogress ERROR");
    EXPECT_EQ(session.hits().size(), 52u);
    doc.appendText("\rprogress 100%\n");
    EXPECT_EQ(session.hits().size(), 51u);

    // A page of older lines in front: the old hits keep their ordinals, new ones come first.
    const std::vector<qint64> before = session.hits();
    QByteArrayList older;
    for (int i = 0; i < 300; ++i)
        older.append("older " + QByteArray::number(i) + (i % 50 == 0 ? " ERROR" : ""));
    doc.prependLines(older, 1);
    ASSERT_TRUE(waitFor([&] { return session.isComplete(); }));
    ASSERT_EQ(session.hits().size(), 57u);
    EXPECT_TRUE(std::equal(before.begin(), before.end(), session.hits().begin() + 6));
    EXPECT_EQ(doc.store().line(doc.store().indexOf(session.hits().front())), QByteArrayView("older 0 ERROR"));
    EXPECT_TRUE(std::is_sorted(session.hits().begin(), session.hits().end()));

    // Lines arriving while the worker runs are searched after it.
    session.setQuery(LogQuery{QStringLiteral("ERROR$"), true, true});
    doc.appendLines({"late ERROR"});
    ASSERT_TRUE(waitFor([&] { return session.isComplete(); }));
    EXPECT_EQ(session.hits().size(), 58u);

    // A bad pattern: an error, no hits.
    session.setQuery(LogQuery{QStringLiteral("(ERROR"), true, true});
    ASSERT_TRUE(waitFor([&] { return !session.isSearching(); }));
    EXPECT_FALSE(session.errorString().isEmpty());
    EXPECT_TRUE(session.hits().empty());

    // A new document content: everything again.
    session.setQuery(LogQuery{QStringLiteral("ERROR")});
    ASSERT_TRUE(waitFor([&] { return session.isComplete(); }));
    LineStore fresh;
    fresh.appendLines({"a ERROR", "b"});
    doc.replace(std::move(fresh));
    ASSERT_TRUE(waitFor([&] { return session.isComplete(); }));
    EXPECT_EQ(session.hits().size(), 1u);
}
