#pragma once

// The UNIS document's own examples, read from the seed itself so that the tests check what the
// document says rather than a copy of it.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace suanli::unis::test {

// The shared folder (documents, data) beside the source tree; a worktree keeps it one level up.
inline QString sharedPath(const QString &rel)
{
    const QDir source(QStringLiteral(SUANLI_SOURCE_DIR));
    for (const QString &up : {QStringLiteral("../shared/"), QStringLiteral("../../shared/")}) {
        const QString candidate = source.absoluteFilePath(up + rel);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(source.absoluteFilePath(QStringLiteral("../shared/") + rel));
}

inline const QStringList &seedLines()
{
    static const QStringList lines = [] {
        QFile f(sharedPath(QStringLiteral("seeds/002_7dc39ef6513c23a9.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        // The Word conversion indents with U+00A0: JSON allows only ASCII white space.
        return QString::fromUtf8(f.readAll()).replace(QChar(0x00A0), u' ').split(u'\n');
    }();
    return lines;
}

// The example object around the `occurrence`-th line that contains `anchor`: from the nearest
// line above that is a lone "{" to the next line below that is a lone "}". Empty if not found.
inline QByteArray seedExample(const QString &anchor, int occurrence = 0)
{
    const QStringList &lines = seedLines();
    int at = -1;
    for (int i = 0, seen = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(anchor) && seen++ == occurrence) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return {};
    // Only an unindented brace opens or closes the example; nested ones are indented.
    auto lone = [](const QString &line, QChar brace) {
        QString l = line;
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
        return l.size() == 1 && l.front() == brace;
    };
    int first = at;
    while (first >= 0 && !lone(lines.at(first), u'{'))
        --first;
    int last = at;
    while (last < lines.size() && !lone(lines.at(last), u'}'))
        ++last;
    if (first < 0 || last >= lines.size())
        return {};
    return lines.mid(first, last - first + 1).join(u'\n').toUtf8();
}

} // namespace suanli::unis::test
