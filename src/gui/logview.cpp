#include "logview.h"

#include "core/logs/logdocument.h"
#include "core/logs/logsearchsession.h"
#include "core/logs/querymatcher.h"

#include <QApplication>
#include <ctime>
#include <cstdio>
#include <QClipboard>
#include <QFontDatabase>
#include <QIODevice>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace suanli::gui {

namespace {

// A longer line is shown cut here; search and save still see all of it.
constexpr qsizetype kMaxShownBytes = 1024 * 1024;
constexpr int kMargin = 4;
constexpr int kMarkerWidth = 4;

// Byte offsets of matches -> positions in the QString of the same line. Decoding piece by
// piece gives the same lengths as decoding the whole line, since matches start and end on
// character boundaries.
class Utf16Map
{
public:
    Utf16Map(QByteArrayView line, const QList<QPair<qint64, qint64>> &ranges)
    {
        for (const auto &[b, e] : ranges) {
            m_points.push_back(std::min<qint64>(b, line.size()));
            m_points.push_back(std::min<qint64>(e, line.size()));
        }
        std::sort(m_points.begin(), m_points.end());
        m_points.erase(std::unique(m_points.begin(), m_points.end()), m_points.end());
        qint64 pos = 0;
        int units = 0;
        for (qint64 p : m_points) {
            units += int(QString::fromUtf8(line.sliced(pos, p - pos)).size());
            m_units.push_back(units);
            pos = p;
        }
    }
    int operator()(qint64 byte) const
    {
        const auto it = std::lower_bound(m_points.begin(), m_points.end(), byte);
        return it == m_points.end() ? (m_units.empty() ? 0 : m_units.back()) : m_units[size_t(it - m_points.begin())];
    }

private:
    std::vector<qint64> m_points;
    std::vector<int> m_units;
};

QList<QTextLayout::FormatRange> rangesToFormats(QByteArrayView line, const QList<QPair<qint64, qint64>> &ranges,
                                                const QTextCharFormat &format)
{
    QList<QTextLayout::FormatRange> out;
    if (ranges.isEmpty())
        return out;
    const Utf16Map map(line, ranges);
    for (const auto &[b, e] : ranges) {
        const int start = map(b);
        const int end = map(e);
        if (end > start)
            out.append({start, end - start, format});
    }
    return out;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_dragScroll(new QTimer(this))
    , m_repaint(new QTimer(this))
    , m_lines(20000)
{
    m_repaint->setSingleShot(true);
    connect(m_repaint, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_sincePaint.start();
    setObjectName(QStringLiteral("logView"));
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Whole-pixel glyph positions: crisper monospace text, and one cached image per glyph
    // instead of one per sub-pixel offset, which keeps painting a screenful of new lines cheap.
    m_font.setHintingPreference(QFont::PreferFullHinting);
    m_defaultPointSize = m_font.pointSizeF() > 0 ? m_font.pointSizeF() : 10;
    m_colors = LogViewColors::forPalette(palette());
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    m_dragScroll->setInterval(40);
    connect(m_dragScroll, &QTimer::timeout, this, [this] {
        // Selecting past the edge scrolls the view on.
        if (m_lastMouse.y() < 0)
            scrollVisual(-1 - (-m_lastMouse.y()) / m_lineHeight, true);
        else if (m_lastMouse.y() > viewport()->height())
            scrollVisual(1 + (m_lastMouse.y() - viewport()->height()) / m_lineHeight, true);
        else
            return;
        if (auto pos = positionAt(m_lastMouse)) {
            m_cursor = pos;
            viewport()->update();
        }
    });
    updateMetrics();
}

LogView::~LogView() = default;

void LogView::setDocument(LogDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    invalidateLayouts();
    m_topOrdinal = 0;
    m_topSub = 0;
    m_currentOrdinal = -1;
    m_anchor.reset();
    m_cursor.reset();
    if (m_document) {
        m_topOrdinal = m_document->store().ordinalOf(0);
        connect(m_document, &LogDocument::linesChanged, this, &LogView::onLinesChanged);
        connect(m_document, &LogDocument::linesPrepended, this, [this] {
            updateScrollBars();
            viewport()->update();
        });
        connect(m_document, &LogDocument::reset, this, [this] {
            invalidateLayouts();
            m_topOrdinal = m_document->store().ordinalOf(0);
            m_topSub = 0;
            m_currentOrdinal = -1;
            m_anchor.reset();
            m_cursor.reset();
            updateScrollBars();
            if (m_following)
                scrollToEnd();
            viewport()->update();
            Q_EMIT currentLineChanged(-1);
        });
    }
    updateScrollBars();
    if (m_following)
        scrollToEnd();
    viewport()->update();
}

void LogView::setSearch(LogSearchSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &LogSearchSession::hitsChanged, this, &LogView::onHitsChanged);
    onHitsChanged();
}

// ---- rows -----------------------------------------------------------------------------------

const std::vector<qint64> *LogView::hits() const
{
    return m_session ? &m_session->hits() : nullptr;
}

qint64 LogView::rowCount() const
{
    if (!m_document)
        return 0;
    if (m_filtered)
        return hits() ? qint64(hits()->size()) : 0;
    return m_document->store().lineCount();
}

qint64 LogView::ordinalAtRow(qint64 row) const
{
    if (m_filtered)
        return (*hits())[size_t(row)];
    return m_document->store().ordinalOf(row);
}

qint64 LogView::lineAtRow(qint64 row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_document->store().indexOf(ordinalAtRow(row));
}

qint64 LogView::rowOfOrdinal(qint64 ordinal) const
{
    const qint64 rows = rowCount();
    if (rows == 0)
        return 0;
    if (m_filtered) {
        const auto &h = *hits();
        return std::min<qint64>(std::lower_bound(h.begin(), h.end(), ordinal) - h.begin(), rows - 1);
    }
    return std::clamp<qint64>(m_document->store().indexOf(ordinal), 0, rows - 1);
}

qint64 LogView::topRow() const
{
    return rowOfOrdinal(m_topOrdinal);
}

// ---- layout ---------------------------------------------------------------------------------

void LogView::updateMetrics()
{
    const QFontMetrics fm(m_font);
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    // Rows as tall as the tallest script a log mixes in (CJK comes from a fallback font with a
    // bigger ascent), with one baseline for all, so that rows with and without it line up.
    QTextLayout sample(QStringLiteral("Mgj|训练錯誤Åé"), m_font);
    sample.beginLayout();
    QTextLine line = sample.createLine();
    line.setLineWidth(100000);
    sample.endLayout();
    m_ascent = std::max(fm.ascent(), int(std::ceil(line.ascent())));
    m_lineHeight = std::max({1, fm.lineSpacing(), m_ascent + std::max(fm.descent(), int(std::ceil(line.descent()))) + 1});
    invalidateLayouts();
    updateScrollBars();
    viewport()->update();
}

void LogView::invalidateLayouts(qint64 fromOrdinal)
{
    if (fromOrdinal == std::numeric_limits<qint64>::min()) {
        m_lines.clear();
        m_maxLaidOut = std::numeric_limits<qint64>::min();
        return;
    }
    const QList<qint64> keys = m_lines.keys();
    for (qint64 key : keys) {
        if (key >= fromOrdinal)
            m_lines.remove(key);
    }
}

int LogView::gutterWidth() const
{
    if (!m_lineNumbers)
        return kMarkerWidth + 2;
    qint64 last = 1;
    if (m_document)
        last = std::max<qint64>(1, m_document->store().lineNumber(m_document->store().lineCount()));
    const int digits = std::max(4, int(std::log10(double(last))) + 1);
    return digits * m_charWidth + 2 * kMargin + kMarkerWidth;
}

int LogView::textX() const
{
    return gutterWidth() + kMargin;
}

int LogView::textWidth() const
{
    return std::max(m_charWidth * 8, viewport()->width() - textX() - kMargin);
}

int LogView::fullyVisibleRows() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

LogView::Line *LogView::lineFor(qint64 ordinal)
{
    if (Line *cached = m_lines.object(ordinal))
        return cached;
    const auto &store = m_document->store();
    const qint64 index = store.indexOf(ordinal);
    QByteArrayView bytes = store.line(index);
    if (bytes.size() > kMaxShownBytes)
        bytes = bytes.first(kMaxShownBytes);

    auto line = std::make_unique<Line>();
    line->level = LogLevelDetector::detect(bytes);
    line->traceback = TracebackDetector::role([&store](qint64 i) { return store.line(i); }, store.lineCount(), index);
    if (line->traceback == TracebackDetector::Role::Exception || line->traceback == TracebackDetector::Role::Header)
        line->level = LogLevel::Error;

    QList<QTextLayout::FormatRange> formats;
    const QColor levelColour = m_colors.forLevel(line->level);
    const QString text = QString::fromUtf8(bytes);
    if (levelColour.isValid()) {
        QTextCharFormat f;
        f.setForeground(levelColour);
        formats.append({0, int(text.size()), f});
    }
    // The first matching rule decides a whole line's colours; the user's rules beat the level's.
    bool lineColoured = false;
    for (Rule &rule : m_rules) {
        if (rule.wholeLine) {
            if ((lineColoured && line->background.isValid()) || !rule.matcher->matches(bytes))
                continue;
            if (rule.foreground.isValid() && !lineColoured) {
                QTextCharFormat f;
                f.setForeground(rule.foreground);
                formats.append({0, int(text.size()), f});
                lineColoured = true;
            }
            if (rule.background.isValid() && !line->background.isValid())
                line->background = rule.background;
        } else {
            QTextCharFormat f;
            if (rule.foreground.isValid())
                f.setForeground(rule.foreground);
            if (rule.background.isValid())
                f.setBackground(rule.background);
            formats += rangesToFormats(bytes, rule.matcher->matchRanges(bytes, 1000), f);
        }
    }

    line->layout.setText(text);
    line->layout.setFont(m_font);
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(8 * m_charWidth);
    line->layout.setTextOption(option);
    line->layout.setFormats(formats);
    line->layout.setCacheEnabled(true);
    const int width = textWidth();
    line->layout.beginLayout();
    int y = 0;
    for (;;) {
        QTextLine tl = line->layout.createLine();
        if (!tl.isValid())
            break;
        tl.setLineWidth(width);
        tl.setPosition(QPointF(0, y + m_ascent - tl.ascent()));
        y += m_lineHeight;
    }
    line->layout.endLayout();
    line->visualLines = m_wrap ? std::max(1, line->layout.lineCount()) : 1;
    m_layoutWidth = width;
    Line *raw = line.get();
    m_maxLaidOut = std::max(m_maxLaidOut, ordinal);
    // Long lines cost more: a few hundred 100 KB lines, or thousands of ordinary ones.
    const qsizetype cost = 1 + raw->layout.text().size() / 512;
    m_lines.insert(ordinal, line.release(), cost);
    return raw;
}

int LogView::visualLinesOf(qint64 row)
{
    if (!m_wrap)
        return 1;
    return lineFor(ordinalAtRow(row))->visualLines;
}

// ---- scrolling ------------------------------------------------------------------------------

QPair<qint64, int> LogView::maxTop()
{
    const qint64 rows = rowCount();
    if (rows == 0)
        return {0, 0};
    if (!m_wrap)
        return {std::max<qint64>(0, rows - fullyVisibleRows()), 0};
    int room = fullyVisibleRows();
    for (qint64 r = rows - 1; r >= 0; --r) {
        const int lines = visualLinesOf(r);
        if (lines >= room)
            return {r, lines - room};
        room -= lines;
    }
    return {0, 0};
}

void LogView::updateScrollBars()
{
    const bool was = m_programmatic;
    m_programmatic = true;
    const auto [maxRow, maxSub] = maxTop();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::min<qint64>(maxRow, std::numeric_limits<int>::max())));
    v->setPageStep(fullyVisibleRows());
    qint64 row = topRow();
    int sub = m_topSub;
    if (row > maxRow || (row == maxRow && sub > maxSub)) {
        row = maxRow;
        sub = maxSub;
    }
    if (rowCount() > 0) {
        m_topOrdinal = ordinalAtRow(row);
        m_topSub = sub;
    }
    v->setValue(int(row));

    QScrollBar *h = horizontalScrollBar();
    if (m_wrap || !m_document) {
        h->setRange(0, 0);
        m_hOffset = 0;
    } else {
        const qint64 widest = std::min<qint64>(m_document->store().longestLine(), kMaxShownBytes) * m_charWidth + m_charWidth;
        h->setRange(0, int(std::clamp<qint64>(widest - textWidth(), 0, std::numeric_limits<int>::max() / 2)));
        h->setPageStep(textWidth());
        h->setSingleStep(m_charWidth * 4);
        m_hOffset = std::min(m_hOffset, h->maximum());
        h->setValue(m_hOffset);
    }
    m_programmatic = was;
}

void LogView::setTop(qint64 row, int sub, bool byUser)
{
    const qint64 rows = rowCount();
    if (rows == 0)
        return;
    const auto [maxRow, maxSub] = maxTop();
    row = std::clamp<qint64>(row, 0, rows - 1);
    sub = std::max(0, sub);
    if (row > maxRow || (row == maxRow && sub > maxSub)) {
        row = maxRow;
        sub = maxSub;
    }
    m_topOrdinal = ordinalAtRow(row);
    m_topSub = sub;
    const bool was = m_programmatic;
    m_programmatic = true;
    verticalScrollBar()->setValue(int(row));
    m_programmatic = was;
    viewport()->update();
    if (byUser)
        userScrolled();
}

void LogView::scrollVisual(qint64 delta, bool byUser)
{
    const qint64 rows = rowCount();
    if (rows == 0)
        return;
    qint64 row = topRow();
    int sub = m_topSub;
    if (!m_wrap) {
        row += delta;
        sub = 0;
    } else if (delta > 0) {
        const auto [maxRow, maxSub] = maxTop();
        for (qint64 i = 0; i < delta; ++i) {
            if (row > maxRow || (row == maxRow && sub >= maxSub))
                break;
            if (sub + 1 < visualLinesOf(row)) {
                ++sub;
            } else if (row + 1 < rows) {
                ++row;
                sub = 0;
            }
        }
    } else {
        for (qint64 i = 0; i < -delta; ++i) {
            if (sub > 0) {
                --sub;
            } else if (row > 0) {
                --row;
                sub = visualLinesOf(row) - 1;
            } else {
                break;
            }
        }
    }
    if (delta < 0 && topRow() == 0 && m_topSub == 0 && byUser)
        Q_EMIT topReached();
    setTop(row, sub, byUser);
}

void LogView::scrollToEnd()
{
    const auto [row, sub] = maxTop();
    setTop(row, sub, false);
}

void LogView::ensureVisible(qint64 row, bool center)
{
    const qint64 top = topRow();
    if (!m_wrap) {
        const int rows = fullyVisibleRows();
        if (center && (row < top || row >= top + rows))
            setTop(row - rows / 3, 0, true);
        else if (row < top)
            setTop(row, 0, true);
        else if (row >= top + rows)
            setTop(row - rows + 1, 0, true);
        return;
    }
    if (row < top || (row == top && m_topSub > 0)) {
        if (!center) {
            setTop(row, 0, true);
            return;
        }
    } else {
        // Already on screen, whole?
        int y = -m_topSub;
        for (qint64 r = top; r <= row && y < fullyVisibleRows(); ++r) {
            const int lines = visualLinesOf(r);
            if (r == row && y + lines <= fullyVisibleRows())
                return;
            y += lines;
        }
    }
    // Place the row a third down the view (centred) or at the bottom.
    int room = center ? fullyVisibleRows() / 3 : fullyVisibleRows() - visualLinesOf(row);
    qint64 r = row;
    while (r > 0 && room > 0) {
        const int lines = visualLinesOf(r - 1);
        if (lines > room)
            break;
        room -= lines;
        --r;
    }
    setTop(r, 0, true);
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    if (m_programmatic)
        return;
    // The user moved a scroll bar.
    const qint64 row = verticalScrollBar()->value();
    if (rowCount() > 0) {
        m_topOrdinal = ordinalAtRow(std::min(row, rowCount() - 1));
        const auto [maxRow, maxSub] = maxTop();
        m_topSub = row == maxRow ? maxSub : 0;
    }
    m_hOffset = horizontalScrollBar()->value();
    viewport()->update();
    if (dy != 0) {
        userScrolled();
        if (row == 0 && dy > 0)
            Q_EMIT topReached();
    }
}

void LogView::userScrolled()
{
    const bool atEnd = isAtEnd();
    if (atEnd != m_following) {
        m_following = atEnd;
        Q_EMIT followingChanged(m_following);
    }
}

bool LogView::isAtEnd() const
{
    auto *self = const_cast<LogView *>(this);
    const auto [maxRow, maxSub] = self->maxTop();
    const qint64 row = topRow();
    return rowCount() == 0 || row > maxRow || (row == maxRow && m_topSub >= maxSub);
}

// ---- document and search changes ---------------------------------------------------------------

void LogView::scheduleRepaint()
{
    constexpr int kFrameMs = 33;
    if (m_repaint->isActive())
        return;
    const qint64 since = m_sincePaint.elapsed();
    if (since >= kFrameMs)
        viewport()->update();
    else
        m_repaint->start(int(kFrameMs - since));
}

void LogView::onLinesChanged(qint64 from)
{
    const qint64 fromOrdinal = m_document->store().ordinalOf(from);
    // Only an unfinished last line can have been laid out already.
    if (fromOrdinal <= m_maxLaidOut)
        invalidateLayouts(fromOrdinal);
    if (from == 0 && m_document->store().lineCount() > 0 && rowCount() > 0 && !m_filtered)
        m_topOrdinal = std::max(m_topOrdinal, m_document->store().ordinalOf(0));
    const bool was = m_programmatic;
    m_programmatic = true; // a scroll that follows new lines is not the user's
    updateScrollBars();
    if (m_following) {
        const auto [row, sub] = maxTop();
        if (rowCount() > 0) {
            m_topOrdinal = ordinalAtRow(row);
            m_topSub = sub;
            verticalScrollBar()->setValue(int(row));
        }
    }
    m_programmatic = was;
    scheduleRepaint();
}

void LogView::updateMatcher()
{
    const LogQuery query = m_session ? m_session->query() : LogQuery{};
    if (query == m_matcherQuery && (m_matcher || query.isEmpty()))
        return;
    m_matcherQuery = query;
    m_matcher.reset();
    if (!query.isEmpty()) {
        auto matcher = std::make_unique<QueryMatcher>(query);
        if (matcher->isValid())
            m_matcher = std::move(matcher);
    }
}

void LogView::onHitsChanged()
{
    updateMatcher();
    if (m_filtered) {
        const qint64 top = m_topOrdinal;
        updateScrollBars();
        if (rowCount() > 0)
            m_topOrdinal = ordinalAtRow(rowOfOrdinal(top));
        if (m_following)
            scrollToEnd();
    }
    scheduleRepaint();
    emitHitState();
}

void LogView::emitHitState()
{
    Q_EMIT currentHitChanged(currentHitIndex(), hits() ? int(hits()->size()) : 0);
}

// ---- options --------------------------------------------------------------------------------

void LogView::setWrap(bool on)
{
    if (m_wrap == on)
        return;
    m_wrap = on;
    m_topSub = 0;
    invalidateLayouts();
    updateScrollBars();
    if (m_following)
        scrollToEnd();
    viewport()->update();
    Q_EMIT wrapChanged(on);
}

void LogView::setLineNumbersVisible(bool on)
{
    if (m_lineNumbers == on)
        return;
    m_lineNumbers = on;
    invalidateLayouts();
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollowing(bool on)
{
    if (on)
        scrollToEnd();
    if (m_following == on)
        return;
    m_following = on;
    Q_EMIT followingChanged(on);
}

void LogView::setFiltered(bool on)
{
    if (m_filtered == on)
        return;
    // The line to keep in place: the current one when it is on screen, else the top one.
    qint64 anchor = m_topOrdinal;
    int anchorY = 0;
    for (const Visible &v : m_visible) {
        if (v.ordinal == m_currentOrdinal && v.y >= 0) {
            anchor = v.ordinal;
            anchorY = v.y / m_lineHeight;
            break;
        }
    }
    if (on && !m_session)
        return;
    m_filtered = on;
    m_topSub = 0;
    if (rowCount() > 0) {
        const qint64 row = rowOfOrdinal(anchor);
        m_topOrdinal = ordinalAtRow(row);
        updateScrollBars();
        if (!m_following)
            setTop(std::max<qint64>(0, row - anchorY), 0, false);
        else
            scrollToEnd();
    } else {
        updateScrollBars();
    }
    viewport()->update();
    Q_EMIT filteredChanged(on);
}

void LogView::setFontPointSize(qreal size)
{
    size = std::clamp<qreal>(size, 5, 48);
    if (qFuzzyCompare(size, m_font.pointSizeF()))
        return;
    m_font.setPointSizeF(size);
    updateMetrics();
    if (m_following)
        scrollToEnd();
    Q_EMIT fontPointSizeChanged(size);
}

void LogView::zoomIn()
{
    setFontPointSize(m_font.pointSizeF() + 1);
}

void LogView::zoomOut()
{
    setFontPointSize(m_font.pointSizeF() - 1);
}

void LogView::resetZoom()
{
    setFontPointSize(m_defaultPointSize);
}

void LogView::setHighlightRules(const QList<HighlightRule> &rules)
{
    m_ruleList = rules;
    m_rules.clear();
    for (const HighlightRule &r : rules) {
        if (!r.enabled || r.pattern.isEmpty())
            continue;
        auto matcher = std::make_unique<LineMatcher>(r.pattern, r.regex, r.caseSensitive);
        if (!matcher->isValid())
            continue;
        m_rules.push_back({std::move(matcher), QColor(r.foreground), QColor(r.background), r.wholeLine});
    }
    invalidateLayouts();
    viewport()->update();
}

// ---- current line, hits, go to --------------------------------------------------------------

qint64 LogView::currentLine() const
{
    if (m_currentOrdinal < 0 || !m_document)
        return -1;
    const qint64 index = m_document->store().indexOf(m_currentOrdinal);
    return index >= 0 && index < m_document->store().lineCount() ? index : -1;
}

void LogView::setCurrentLine(qint64 index)
{
    if (!m_document || index < 0 || index >= m_document->store().lineCount())
        return;
    m_currentOrdinal = m_document->store().ordinalOf(index);
    viewport()->update();
    Q_EMIT currentLineChanged(index);
    emitHitState();
}

bool LogView::goToLineNumber(qint64 number)
{
    if (!m_document || m_document->store().lineCount() == 0)
        return false;
    const auto &store = m_document->store();
    const qint64 wanted = number - store.firstLineNumber();
    const qint64 index = std::clamp<qint64>(wanted, 0, store.lineCount() - 1);
    setCurrentLine(index);
    const qint64 row = rowOfOrdinal(store.ordinalOf(index));
    ensureVisible(row, true);
    return wanted == index && (!m_filtered || ordinalAtRow(row) == store.ordinalOf(index));
}

int LogView::currentHitIndex() const
{
    const auto *h = hits();
    if (!h || m_currentOrdinal < 0)
        return -1;
    const auto it = std::lower_bound(h->begin(), h->end(), m_currentOrdinal);
    return it != h->end() && *it == m_currentOrdinal ? int(it - h->begin()) : -1;
}

bool LogView::findNext()
{
    const auto *h = hits();
    if (!h || h->empty())
        return false;
    const qint64 from = m_currentOrdinal >= 0 ? m_currentOrdinal : m_topOrdinal - 1;
    auto it = std::upper_bound(h->begin(), h->end(), from);
    if (it == h->end())
        it = h->begin();
    setCurrentLine(m_document->store().indexOf(*it));
    ensureVisible(rowOfOrdinal(*it), true);
    return true;
}

bool LogView::findPrevious()
{
    const auto *h = hits();
    if (!h || h->empty())
        return false;
    const qint64 from = m_currentOrdinal >= 0 ? m_currentOrdinal : m_topOrdinal;
    auto it = std::lower_bound(h->begin(), h->end(), from);
    it = it == h->begin() ? h->end() - 1 : it - 1;
    setCurrentLine(m_document->store().indexOf(*it));
    ensureVisible(rowOfOrdinal(*it), true);
    return true;
}

// ---- selection ------------------------------------------------------------------------------

bool LogView::hasSelection() const
{
    return m_anchor && m_cursor && (m_anchor->ordinal != m_cursor->ordinal || m_anchor->column != m_cursor->column);
}

QString LogView::selectedText() const
{
    if (!hasSelection())
        return {};
    Position a = *m_anchor;
    Position b = *m_cursor;
    if (b < a)
        std::swap(a, b);
    const auto &store = m_document->store();
    const qint64 first = rowOfOrdinal(a.ordinal);
    const qint64 last = rowOfOrdinal(b.ordinal);
    QString out;
    for (qint64 row = first; row <= last && row < rowCount(); ++row) {
        const qint64 ordinal = ordinalAtRow(row);
        QString text = store.lineText(store.indexOf(ordinal));
        const int end = ordinal == b.ordinal ? std::min<int>(b.column, int(text.size())) : int(text.size());
        const int start = ordinal == a.ordinal ? std::min<int>(a.column, end) : 0;
        if (row > first)
            out += QLatin1Char('\n');
        out += QStringView(text).sliced(start, end - start);
    }
    return out;
}

void LogView::copy() const
{
    QString text = selectedText();
    if (text.isEmpty()) {
        const qint64 line = currentLine();
        if (line < 0)
            return;
        text = m_document->store().lineText(line);
    }
    QGuiApplication::clipboard()->setText(text);
}

void LogView::selectAll()
{
    const qint64 rows = rowCount();
    if (rows == 0)
        return;
    const auto &store = m_document->store();
    const qint64 last = ordinalAtRow(rows - 1);
    m_anchor = Position{ordinalAtRow(0), 0};
    m_cursor = Position{last, int(store.lineText(store.indexOf(last)).size())};
    viewport()->update();
}

void LogView::clearSelection()
{
    m_anchor.reset();
    m_cursor.reset();
    viewport()->update();
}

bool LogView::writeShown(QIODevice *device) const
{
    if (!m_document)
        return true;
    if (!m_filtered)
        return m_document->store().writeTo(device);
    const auto &store = m_document->store();
    for (qint64 ordinal : *hits()) {
        const QByteArrayView line = store.line(store.indexOf(ordinal));
        if (device->write(line.data(), line.size()) != line.size() || device->write("\n", 1) != 1)
            return false;
    }
    return true;
}

std::optional<LogView::Position> LogView::positionAt(const QPoint &point)
{
    if (m_visible.empty())
        return std::nullopt;
    const Visible *hit = &m_visible.front();
    if (point.y() >= m_visible.back().y + m_visible.back().height) {
        hit = &m_visible.back();
    } else {
        for (const Visible &v : m_visible) {
            if (point.y() >= v.y && point.y() < v.y + v.height) {
                hit = &v;
                break;
            }
        }
    }
    Line *line = lineFor(hit->ordinal);
    if (point.y() < m_visible.front().y)
        return Position{hit->ordinal, 0};
    if (point.y() >= m_visible.back().y + m_visible.back().height && hit == &m_visible.back())
        return Position{hit->ordinal, int(line->layout.text().size())};
    const int k = std::clamp((point.y() - hit->y) / m_lineHeight, 0, std::max(0, line->layout.lineCount() - 1));
    const QTextLine tl = line->layout.lineAt(k);
    if (!tl.isValid())
        return Position{hit->ordinal, 0};
    const qreal x = point.x() - textX() + m_hOffset;
    return Position{hit->ordinal, tl.xToCursor(std::max<qreal>(0, x))};
}

// ---- painting -------------------------------------------------------------------------------

void LogView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    m_sincePaint.restart();
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    p.fillRect(area, m_colors.base);
    m_visible.clear();
    if (!m_document)
        return;
    if (m_layoutWidth != textWidth() && m_wrap)
        invalidateLayouts();

    const auto &store = m_document->store();
    const int gutter = gutterWidth();
    const int x0 = textX();
    const qint64 rows = rowCount();
    std::optional<Position> selA = m_anchor;
    std::optional<Position> selB = m_cursor;
    if (hasSelection() && *selB < *selA)
        std::swap(selA, selB);
    const bool selecting = hasSelection();

    QTextCharFormat hitFormat;
    hitFormat.setBackground(m_colors.hitBackground);
    hitFormat.setForeground(m_colors.hitText);
    QTextCharFormat currentHitFormat = hitFormat;
    currentHitFormat.setBackground(m_colors.currentHitBackground);
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(m_colors.selection);
    selectionFormat.setForeground(m_colors.selectionText);

    p.fillRect(QRect(0, 0, gutter, area.height()), m_colors.gutterBase);
    p.setFont(m_font);
    int y = -m_topSub * m_lineHeight;
    for (qint64 row = topRow(); row < rows && y < area.height(); ++row) {
        const qint64 ordinal = ordinalAtRow(row);
        const qint64 index = store.indexOf(ordinal);
        Line *line = lineFor(ordinal);
        const int height = line->visualLines * m_lineHeight;
        m_visible.push_back({row, ordinal, y, height});
        const QRect band(gutter, y, area.width() - gutter, height);

        if (ordinal == m_currentOrdinal)
            p.fillRect(band, m_colors.currentLine);
        else if (line->background.isValid())
            p.fillRect(band, line->background);
        else if (line->traceback != TracebackDetector::Role::None)
            p.fillRect(band, m_colors.tracebackBand);

        QList<QTextLayout::FormatRange> selections;
        QByteArrayView bytes = store.line(index);
        if (bytes.size() > kMaxShownBytes)
            bytes = bytes.first(kMaxShownBytes);
        bool isHit = false;
        if (m_matcher && m_matcher->matchLine(bytes)) {
            isHit = true;
            selections += rangesToFormats(bytes, m_matcher->highlightRanges(bytes, 2000),
                                          ordinal == m_currentOrdinal ? currentHitFormat : hitFormat);
        }
        if (selecting && ordinal >= selA->ordinal && ordinal <= selB->ordinal) {
            const int len = int(line->layout.text().size());
            const int start = ordinal == selA->ordinal ? selA->column : 0;
            // A whole selected line shows its line end as selected too.
            const int end = ordinal == selB->ordinal ? selB->column : len + 1;
            if (end > start)
                selections.append({start, end - start, selectionFormat});
        }

        p.save();
        p.setPen(m_colors.text);
        p.setClipRect(QRect(x0 - kMargin / 2, y, area.width() - x0 + kMargin / 2, height));
        line->layout.draw(&p, QPointF(x0 - m_hOffset, y), selections);
        p.restore();

        // The gutter: number, traceback bar, hit mark.
        if (m_lineNumbers) {
            // Digits are as wide as '0' in the fixed font: right-aligned without a layout pass.
            const QString number = QString::number(store.lineNumber(index));
            p.setPen(ordinal == m_currentOrdinal ? m_colors.text : m_colors.gutterText);
            p.drawText(QPointF(gutter - kMarkerWidth - kMargin - number.size() * m_charWidth, y + m_ascent), number);
        }
        if (line->traceback != TracebackDetector::Role::None)
            p.fillRect(QRect(gutter - kMarkerWidth, y, kMarkerWidth, height), m_colors.error);
        else if (isHit)
            p.fillRect(QRect(gutter - kMarkerWidth, y + 2, kMarkerWidth, m_lineHeight - 4), m_colors.currentHitBackground);
        y += height;
    }
    if (rows == 0) {
        p.setPen(m_colors.gutterText);
        p.drawText(area.adjusted(gutter, 0, 0, 0), Qt::AlignCenter,
                   m_filtered ? tr("No line matches the filter.") : tr("No lines yet."));
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const bool following = m_following;
    if (m_wrap)
        invalidateLayouts();
    updateScrollBars();
    if (following)
        scrollToEnd();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_colors = LogViewColors::forPalette(palette());
        invalidateLayouts();
        viewport()->update();
    }
}

// ---- input ----------------------------------------------------------------------------------

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (event == QKeySequence::ZoomIn || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event == QKeySequence::ZoomOut) {
        zoomOut();
        return;
    }
    const qint64 rows = rowCount();
    const qint64 current = m_currentOrdinal >= 0 ? rowOfOrdinal(m_currentOrdinal) : topRow();
    auto moveTo = [&](qint64 row) {
        if (rows == 0)
            return;
        row = std::clamp<qint64>(row, 0, rows - 1);
        if (event->modifiers() & Qt::ShiftModifier) {
            if (!m_anchor)
                m_anchor = Position{ordinalAtRow(current), 0};
            m_cursor = Position{ordinalAtRow(row), 0};
        }
        setCurrentLine(lineAtRow(row));
        ensureVisible(row, false);
        if (row == 0 && current == 0)
            Q_EMIT topReached();
    };
    switch (event->key()) {
    case Qt::Key_Up:
        moveTo(current - 1);
        return;
    case Qt::Key_Down:
        moveTo(current + 1);
        return;
    case Qt::Key_PageUp:
        scrollVisual(-fullyVisibleRows() + 1, true);
        moveTo(current - fullyVisibleRows() + 1);
        return;
    case Qt::Key_PageDown:
        scrollVisual(fullyVisibleRows() - 1, true);
        moveTo(current + fullyVisibleRows() - 1);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier)
            moveTo(0);
        else
            horizontalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            moveTo(rows - 1);
            setFollowing(true);
        } else {
            horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
        }
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - m_charWidth * 4);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + m_charWidth * 4);
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() > 0)
            zoomIn();
        else if (delta.y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    const bool horizontal = delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier);
    if (horizontal) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d / 120 * m_charWidth * 8);
        event->accept();
        return;
    }
    // Three lines per notch; high-resolution wheels add up their small steps.
    m_wheelRemainder += delta.y();
    const int lines = m_wheelRemainder / 40;
    m_wheelRemainder -= lines * 40;
    if (lines != 0)
        scrollVisual(-lines, true);
    event->accept();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const auto pos = positionAt(event->position().toPoint());
    if (!pos)
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_anchor) {
        m_cursor = pos;
    } else {
        m_anchor = pos;
        m_cursor = pos;
    }
    m_selecting = true;
    m_lastMouse = event->position().toPoint();
    setCurrentLine(m_document->store().indexOf(pos->ordinal));
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_lastMouse = event->position().toPoint();
    if (m_lastMouse.y() < 0 || m_lastMouse.y() > viewport()->height()) {
        if (!m_dragScroll->isActive())
            m_dragScroll->start();
    } else {
        m_dragScroll->stop();
    }
    if (auto pos = positionAt(m_lastMouse)) {
        m_cursor = pos;
        viewport()->update();
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_selecting = false;
    m_dragScroll->stop();
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto pos = positionAt(event->position().toPoint());
    if (!pos)
        return;
    // A word: the run of letters, digits and connecting punctuation around the click.
    const QString text = lineFor(pos->ordinal)->layout.text();
    auto inWord = [&text](int i) {
        const QChar c = text.at(i);
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'/' || c == u':';
    };
    int start = std::min<int>(pos->column, int(text.size()));
    int end = start;
    while (start > 0 && inWord(start - 1))
        --start;
    while (end < text.size() && inWord(end))
        ++end;
    m_anchor = Position{pos->ordinal, start};
    m_cursor = Position{pos->ordinal, end};
    m_selecting = false;
    viewport()->update();
}

void LogView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LogView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LogView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace suanli::gui
