#pragma once

#include "core/logs/highlightrule.h"

#include <QDialog>

class QTableWidget;

namespace suanli::gui {

// Edits the user's highlight rules: a pattern (plain or regex, with case), a text and a
// background colour, and whether the whole line or only the matching text is coloured.
class LogViewRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewRulesDialog)

public:
    explicit LogViewRulesDialog(const QList<HighlightRule> &rules, QWidget *parent = nullptr);
    ~LogViewRulesDialog() override;

    QList<HighlightRule> rules() const;
    QTableWidget *table() const { return m_table; }
    // Adds a row (the "Add" button does this with an empty pattern).
    void addRule(const HighlightRule &rule);

private:
    enum Column { Enabled, Pattern, Regex, Case, Foreground, Background, WholeLine, ColumnCount };
    void setColour(int row, int column, const QString &colour);
    void pickColour(int row, int column);
    void moveSelected(int delta);

    QTableWidget *m_table;
};

} // namespace suanli::gui
