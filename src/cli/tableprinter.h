#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace suanli::cli {

// Aligned plain-text columns for a terminal. Widths count display cells, so Chinese text
// (two cells per character) lines up with Latin text.
class TablePrinter final
{
public:
    explicit TablePrinter(QStringList headers);

    void setRightAligned(int column, bool right = true);
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    // The table with a header line, every line ending in '\n' and without trailing blanks.
    QString toString() const;

    // Terminal cells taken by `text`: 2 for East Asian wide and full-width characters,
    // 0 for combining marks and controls, 1 otherwise.
    static int displayWidth(QStringView text);

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

} // namespace suanli::cli
