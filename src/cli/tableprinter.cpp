#include "tableprinter.h"

#include <algorithm>

namespace suanli::cli {

namespace {

bool isWide(uint c)
{
    // The East Asian Wide (W) and Fullwidth (F) blocks that occur in practice.
    return (c >= 0x1100 && c <= 0x115F)      // Hangul Jamo initials
        || (c >= 0x2E80 && c <= 0x303E)      // CJK radicals, punctuation
        || (c >= 0x3041 && c <= 0x33FF)      // kana, CJK compatibility
        || (c >= 0x3400 && c <= 0x4DBF)      // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
        || (c >= 0xA000 && c <= 0xA4CF)      // Yi
        || (c >= 0xAC00 && c <= 0xD7A3)      // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF)      // CJK compatibility ideographs
        || (c >= 0xFE30 && c <= 0xFE4F)      // CJK compatibility forms
        || (c >= 0xFF00 && c <= 0xFF60)      // full-width forms
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)    // pictographs, emoticons
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);   // CJK extensions B and later
}

QString pad(const QString &text, int width, bool right)
{
    const int fill = std::max(0, width - TablePrinter::displayWidth(text));
    return right ? QString(fill, u' ') + text : text + QString(fill, u' ');
}

} // namespace

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
    , m_right(m_headers.size(), false)
{
}

void TablePrinter::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_right.size())
        m_right[column] = right;
}

void TablePrinter::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    for (QString &cell : cells) {
        // One row per line, whatever the platform put into its texts.
        cell.replace(u'\n', u' ');
        cell.replace(u'\r', u' ');
        cell.replace(u'\t', u' ');
    }
    m_rows.append(std::move(cells));
}

QString TablePrinter::toString() const
{
    QList<int> widths(m_headers.size(), 0);
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        widths[c] = displayWidth(m_headers.at(c));
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    QString out;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += pad(cells.at(c), widths[c], m_right[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    };
    appendLine(m_headers);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return out;
}

int TablePrinter::displayWidth(QStringView text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Control
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

} // namespace suanli::cli
