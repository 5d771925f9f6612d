#pragma once

#include "logviewcolors.h"

#include "core/logs/highlightrule.h"
#include "core/logs/linematcher.h"
#include "core/logs/logquery.h"
#include "core/logs/tracebackdetector.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QElapsedTimer>
#include <QFont>
#include <QTextLayout>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QTimer;

namespace suanli {
class LogDocument;
class LogSearchSession;
class QueryMatcher;
}

namespace suanli::gui {

// A log, painted a screenful at a time: only the visible lines are laid out, so a million lines
// scroll as smoothly as a hundred. Line numbers, levels in colour, Python tracebacks as a
// block, the user's highlight rules, every search hit marked; wrap or not; follows the end of
// a growing log until the user scrolls up. In filter mode only the hit lines are shown, and
// switching keeps the current line in place. Positions are kept as line ordinals, so they
// survive pages of older lines arriving in front.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }
    // The hits to mark, step through and filter by; may be null.
    void setSearch(LogSearchSession *session);

    bool wrap() const { return m_wrap; }
    void setWrap(bool on);
    bool lineNumbersVisible() const { return m_lineNumbers; }
    void setLineNumbersVisible(bool on);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool on);
    bool isFiltered() const { return m_filtered; }
    void setFiltered(bool on);
    qreal fontPointSize() const { return m_font.pointSizeF(); }
    void setFontPointSize(qreal size);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setHighlightRules(const QList<HighlightRule> &rules);
    const QList<HighlightRule> &highlightRules() const { return m_ruleList; }

    // Rows shown: every line, or in filter mode the hit lines.
    qint64 rowCount() const;
    qint64 lineAtRow(qint64 row) const;
    qint64 topRow() const;
    // The height of one row (one visual line) in pixels.
    int rowHeight() const { return m_lineHeight; }
    // The line the user is on (clicked, jumped to, a hit stepped to); -1 for none.
    qint64 currentLine() const;
    void setCurrentLine(qint64 index);
    // Shows line `number` (as numbered in the gutter) and makes it current; false when there is
    // no such line (then the nearest one is shown).
    bool goToLineNumber(qint64 number);
    // Steps to the next / previous hit after the current line, wrapping around. False without hits.
    bool findNext();
    bool findPrevious();
    // The current line's place among the hits (0-based), -1 when it is not a hit.
    int currentHitIndex() const;
    bool isAtEnd() const;

    bool hasSelection() const;
    QString selectedText() const;
    void copy() const;
    void selectAll();
    void clearSelection();
    // Writes the rows shown (each followed by '\n'); false when the device fails.
    bool writeShown(QIODevice *device) const;

Q_SIGNALS:
    void followingChanged(bool on);
    void filteredChanged(bool on);
    void wrapChanged(bool on);
    void currentLineChanged(qint64 index);
    void currentHitChanged(int index, int count);
    // The user is at the first line and asks for more above it.
    void topReached();
    void fontPointSizeChanged(qreal size);
    void filesDropped(const QStringList &paths);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Line
    {
        QTextLayout layout;
        LogLevel level = LogLevel::None;
        TracebackDetector::Role traceback = TracebackDetector::Role::None;
        QColor background; // from a whole-line rule
        int visualLines = 1;
    };
    struct Rule
    {
        std::unique_ptr<LineMatcher> matcher;
        QColor foreground;
        QColor background;
        bool wholeLine = true;
    };
    struct Position
    {
        qint64 ordinal = 0;
        int column = 0;
        bool operator<(const Position &o) const
        {
            return ordinal != o.ordinal ? ordinal < o.ordinal : column < o.column;
        }
    };
    struct Visible
    {
        qint64 row;
        qint64 ordinal;
        int y;
        int height;
    };

    const std::vector<qint64> *hits() const;
    qint64 ordinalAtRow(qint64 row) const;
    qint64 rowOfOrdinal(qint64 ordinal) const;
    Line *lineFor(qint64 ordinal);
    int visualLinesOf(qint64 row);
    void invalidateLayouts(qint64 fromOrdinal = std::numeric_limits<qint64>::min());
    void updateMetrics();
    void updateScrollBars();
    QPair<qint64, int> maxTop();
    void setTop(qint64 row, int sub, bool byUser);
    void scrollVisual(qint64 delta, bool byUser);
    void scrollToEnd();
    void ensureVisible(qint64 row, bool center);
    void userScrolled();
    int gutterWidth() const;
    int textX() const;
    int textWidth() const;
    std::optional<Position> positionAt(const QPoint &point);
    void onLinesChanged(qint64 from);
    void onHitsChanged();
    void updateMatcher();
    void emitHitState();
    // Repaints for new lines: at most about 30 times a second, however fast they come.
    void scheduleRepaint();
    int fullyVisibleRows() const;

    LogDocument *m_document = nullptr;
    LogSearchSession *m_session = nullptr;
    std::unique_ptr<QueryMatcher> m_matcher;
    LogQuery m_matcherQuery;
    std::vector<Rule> m_rules;
    QList<HighlightRule> m_ruleList;
    LogViewColors m_colors;
    QFont m_font;
    qreal m_defaultPointSize = 10;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_ascent = 12;
    bool m_wrap = false;
    bool m_lineNumbers = true;
    bool m_following = true;
    bool m_filtered = false;
    qint64 m_topOrdinal = 0;
    int m_topSub = 0;
    int m_hOffset = 0;
    qint64 m_currentOrdinal = -1;
    std::optional<Position> m_anchor;
    std::optional<Position> m_cursor;
    bool m_selecting = false;
    QPoint m_lastMouse;
    QTimer *m_dragScroll;
    QTimer *m_repaint;
    QElapsedTimer m_sincePaint;
    int m_wheelRemainder = 0;
    bool m_programmatic = false;
    QCache<qint64, Line> m_lines;
    int m_layoutWidth = 0;
    qint64 m_maxLaidOut = std::numeric_limits<qint64>::min();
    std::vector<Visible> m_visible;
};

} // namespace suanli::gui
