// The line store on tricky input: CRLF, lone carriage returns (progress bars), empty lines,
// invalid UTF-8, Chinese, 100 KB lines, text arriving in arbitrary pieces, pages added in
// front, and snapshots read while the store goes on growing.
#include "core/logs/linecleaner.h"
#include "core/logs/linestore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QRandomGenerator>

using namespace suanli;

namespace {

QByteArrayList linesOf(const LineStore &store)
{
    QByteArrayList out;
    for (qint64 i = 0; i < store.lineCount(); ++i)
        out.append(store.line(i).toByteArray());
    return out;
}

} // namespace

TEST(LineCleaner, CarriageReturnsKeepTheLastState)
{
    EXPECT_EQ(LineCleaner::clean("plain"), QByteArray("plain"));
    EXPECT_EQ(LineCleaner::clean("windows\r"), QByteArray("windows"));
    EXPECT_EQ(LineCleaner::clean(" 10%|#   |\r 50%|##  |\r100%|####|"), QByteArray("100%|####|"));
    // tqdm starts each redraw with a CR and may leave one at the end.
    EXPECT_EQ(LineCleaner::clean("\rMap:   0%|\rMap: 100%|\r"), QByteArray("Map: 100%|"));
    EXPECT_EQ(LineCleaner::clean("\r\r"), QByteArray());
    EXPECT_EQ(LineCleaner::clean("a\r\r"), QByteArray("a"));
    EXPECT_FALSE(LineCleaner::needsCleaning("no control here"));
    EXPECT_TRUE(LineCleaner::needsCleaning("bar\rbar"));
}

TEST(LineCleaner, AnsiEscapesAreDropped)
{
    EXPECT_EQ(LineCleaner::clean("\x1b[32mINFO\x1b[0m started"), QByteArray("INFO started"));
    EXPECT_EQ(LineCleaner::clean("\x1b[1;31;40mERROR\x1b[m x"), QByteArray("ERROR x"));
    EXPECT_EQ(LineCleaner::clean("\x1b]0;title\x07text"), QByteArray("text"));
    EXPECT_EQ(LineCleaner::clean("cut at the end \x1b"), QByteArray("cut at the end "));
    EXPECT_EQ(LineCleaner::clean("\x1b[2K\r 40%|####"), QByteArray(" 40%|####"));
}

TEST(LineStore, SplitsOnLineFeedsAndCrLf)
{
    LineStore store;
    store.appendText("first\r\nsecond\n\nfourth\r\n");
    EXPECT_EQ(linesOf(store), (QByteArrayList{"first", "second", "", "fourth"}));
    EXPECT_FALSE(store.hasOpenLine());
    EXPECT_EQ(store.byteSize(), QByteArray("first\nsecond\n\nfourth\n").size());
}

TEST(LineStore, PiecesEndingMidLineAndMidCrLf)
{
    const QByteArray text = "alpha\r\nbeta 10%\rbeta 20%\rbeta 100%\r\n中文日志：训练开始\n\ngamma";
    // Every way of cutting the text in two gives the same lines.
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        LineStore store;
        store.appendText(QByteArrayView(text).first(cut));
        store.appendText(QByteArrayView(text).sliced(cut));
        EXPECT_EQ(linesOf(store), (QByteArrayList{"alpha", "beta 100%", "中文日志：训练开始", "", "gamma"})) << cut;
        EXPECT_TRUE(store.hasOpenLine());
    }
}

TEST(LineStore, OpenLineShowsTheLatestProgress)
{
    LineStore store;
    store.appendText("epoch 1\n");
    store.appendText("\r  0%|          | 0/10");
    EXPECT_EQ(store.lineCount(), 2);
    EXPECT_EQ(store.line(1), QByteArrayView("  0%|          | 0/10"));
    for (int i = 1; i <= 10; ++i)
        store.appendText(QStringLiteral("\r %1%|").arg(i * 10).toUtf8());
    EXPECT_EQ(store.lineCount(), 2);
    EXPECT_EQ(store.line(1), QByteArrayView(" 100%|"));
    store.appendText("\r\n");
    EXPECT_FALSE(store.hasOpenLine());
    EXPECT_EQ(linesOf(store), (QByteArrayList{"epoch 1", " 100%|"}));
    store.appendText("tail without newline");
    store.finishText();
    EXPECT_FALSE(store.hasOpenLine());
    EXPECT_EQ(store.lineCount(), 3);
}

TEST(LineStore, InvalidUtf8IsKeptAndShownAsReplacement)
{
    LineStore store;
    const QByteArray bad("ok \xff\xfe broken \xe4\xb8 cut \xc3\x28 end");
    store.appendLine(bad);
    store.appendLine("\x80\x80\x80");
    store.appendLine("好的");
    EXPECT_EQ(store.line(0), QByteArrayView(bad));
    const QString text = store.lineText(0);
    EXPECT_TRUE(text.startsWith(QStringLiteral("ok ")));
    EXPECT_TRUE(text.contains(QChar(QChar::ReplacementCharacter)));
    EXPECT_TRUE(text.endsWith(QStringLiteral(" end")));
    EXPECT_TRUE(store.lineText(1).contains(QChar(QChar::ReplacementCharacter)));
    EXPECT_EQ(store.lineText(2), QStringLiteral("好的"));
}

TEST(LineStore, HundredKilobyteLines)
{
    LineStore store;
    QByteArray big(100 * 1024, 'x');
    big.replace(50000, 5, "NEEDL");
    for (int i = 0; i < 200; ++i) // 20 MB: several blocks, lines bigger than a first block
        store.appendLine(big);
    const QByteArray huge(LineStore::kMaxChunkBytes + 123, 'y'); // bigger than any block
    store.appendLine("short");
    store.appendLine(huge);
    store.appendLine("after");
    ASSERT_EQ(store.lineCount(), 203);
    EXPECT_EQ(store.line(0), QByteArrayView(big));
    EXPECT_EQ(store.line(199), QByteArrayView(big));
    EXPECT_EQ(store.line(200), QByteArrayView("short"));
    EXPECT_EQ(store.line(201).size(), huge.size());
    EXPECT_EQ(store.line(202), QByteArrayView("after"));
    EXPECT_EQ(store.longestLine(), huge.size());
}

TEST(LineStore, ManyLinesAcrossBlocks)
{
    LineStore store;
    const qint64 n = LineStore::kMaxChunkLines * 2 + 1234;
    for (qint64 i = 0; i < n; ++i)
        store.appendLine(QByteArray::number(i));
    ASSERT_EQ(store.lineCount(), n);
    for (qint64 i : {qint64(0), LineStore::kMaxChunkLines - 1, LineStore::kMaxChunkLines, n / 2, n - 1})
        EXPECT_EQ(store.line(i), QByteArrayView(QByteArray::number(i))) << i;
    EXPECT_EQ(store.line(n), QByteArrayView());
    EXPECT_EQ(store.line(-1), QByteArrayView());
}

TEST(LineStore, RandomPiecesMatchASimpleSplit)
{
    QRandomGenerator rng(42);
    QByteArray text;
    QByteArrayList expected;
    for (int i = 0; i < 5000; ++i) {
        QByteArray line = "line " + QByteArray::number(i) + ' ' + QByteArray(int(rng.bounded(200)), char('a' + i % 26));
        if (i % 7 == 0)
            line += "中文";
        if (i % 11 == 0)
            line.clear();
        expected.append(line);
        text += line + (i % 3 == 0 ? "\r\n" : "\n");
    }
    LineStore store;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype n = std::min<qsizetype>(text.size() - pos, 1 + rng.bounded(3000));
        store.appendText(QByteArrayView(text).sliced(pos, n));
        pos += n;
    }
    EXPECT_EQ(linesOf(store), expected);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(store.writeTo(&out));
    EXPECT_EQ(out.data(), expected.join('\n') + '\n');
}

TEST(LineStore, PrependKeepsOrdinalsAndNumbers)
{
    LineStore store;
    store.setFirstLineNumber(1001);
    store.appendLines({"l1001", "l1002"});
    const qint64 ordinal = store.ordinalOf(1);
    store.prependLines({"l998", "l999", "l1000"});
    EXPECT_EQ(store.firstLineNumber(), 998);
    EXPECT_EQ(linesOf(store), (QByteArrayList{"l998", "l999", "l1000", "l1001", "l1002"}));
    EXPECT_EQ(store.line(store.indexOf(ordinal)), QByteArrayView("l1002"));
    EXPECT_EQ(store.lineNumber(store.indexOf(ordinal)), 1002);
    store.appendLine("l1003");
    store.prependLines({"l997"});
    EXPECT_EQ(store.line(0), QByteArrayView("l997"));
    EXPECT_EQ(store.line(6), QByteArrayView("l1003"));
    EXPECT_EQ(store.line(store.indexOf(ordinal)), QByteArrayView("l1002"));
}

TEST(LineStore, SnapshotSurvivesGrowthAndClear)
{
    LineStore store;
    store.appendLines({"one", "two"});
    store.appendText("three (open)");
    const LineStoreSnapshot snap = store.snapshot();
    // Enough appends to reallocate and replace the block the snapshot reads.
    for (int i = 0; i < 100000; ++i)
        store.appendLine(QByteArray(QByteArray("more lines to grow the block ") + QByteArray::number(i)));
    store.prependLines({"zero"});
    ASSERT_EQ(snap.lineCount(), 3);
    EXPECT_EQ(snap.line(0), QByteArrayView("one"));
    EXPECT_EQ(snap.line(1), QByteArrayView("two"));
    EXPECT_EQ(snap.line(2), QByteArrayView("three (open)"));
    store.clear();
    EXPECT_EQ(store.lineCount(), 0);
    EXPECT_EQ(snap.line(1), QByteArrayView("two"));
}

TEST(LineStore, MemoryStaysCloseToTheText)
{
    LineStore store;
    QByteArray chunk;
    for (int i = 0; i < 400000; ++i) {
        chunk += "2024-12-30 16:59:07,611 [INFO] step " + QByteArray::number(i) + " loss=0.1234 中文\n";
        if (chunk.size() > 1 << 20) {
            store.appendText(chunk);
            chunk.clear();
        }
    }
    store.appendText(chunk);
    EXPECT_EQ(store.lineCount(), 400000);
    // The text itself, an offset per line, and at most one block's spare room.
    EXPECT_LT(store.memoryUsage(), store.byteSize() + store.lineCount() * 4 + LineStore::kMaxChunkBytes + 2 * 1024 * 1024);
}

TEST(LineStore, ByteOrderMarkIsNotText)
{
    LineStore store;
    store.appendText("\xEF\xBB\xBF" "first\nsecond\n");
    EXPECT_EQ(linesOf(store), (QByteArrayList{"first", "second"}));
}
