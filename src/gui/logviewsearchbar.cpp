#include "logviewsearchbar.h"

#include "logview.h"

#include "core/logs/logsearchsession.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace suanli::gui {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip,
                        bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

LogViewSearchBar::LogViewSearchBar(LogSearchSession *session, LogView *view, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_regex(toolButton(this, QStringLiteral("logSearchRegex"), QStringLiteral(".*"), tr("Regular expression (PCRE)"), true))
    , m_case(toolButton(this, QStringLiteral("logSearchCase"), QStringLiteral("Aa"), tr("Match case"), true))
    , m_previous(toolButton(this, QStringLiteral("logSearchPrevious"), QString(), tr("Previous hit (Shift+F3)")))
    , m_next(toolButton(this, QStringLiteral("logSearchNext"), QString(), tr("Next hit (F3)")))
    , m_filter(toolButton(this, QStringLiteral("logSearchFilter"), tr("Filter"), tr("Show only the lines that match"), true))
    , m_count(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(toolButton(this, QStringLiteral("logSearchCancel"), QString(), tr("Stop searching")))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("logSearchBar"));
    m_edit->setObjectName(QStringLiteral("logSearchEdit"));
    m_edit->setPlaceholderText(tr("Search…  (terms: ERROR AND cuda NOT timeout)"));
    m_edit->setClearButtonEnabled(true);
    m_help = tr("Plain text or, with .*, a regular expression. Combine terms with AND and NOT "
                "(upper case, spaces around): “ERROR AND cuda NOT timeout” finds lines with ERROR and "
                "cuda but without timeout. Enter: next hit; Shift+Enter: previous hit.");
    m_edit->setToolTip(m_help);
    m_edit->installEventFilter(this);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_count->setObjectName(QStringLiteral("logSearchCount"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000 / 000,000")));
    m_progress->setObjectName(QStringLiteral("logSearchProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addSpacing(6);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addSpacing(6);
    layout->addWidget(m_filter);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &LogViewSearchBar::searchNow);
    connect(m_edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_regex, &QToolButton::toggled, this, &LogViewSearchBar::searchNow);
    connect(m_case, &QToolButton::toggled, this, &LogViewSearchBar::searchNow);
    connect(m_next, &QToolButton::clicked, m_view, &LogView::findNext);
    connect(m_previous, &QToolButton::clicked, m_view, &LogView::findPrevious);
    connect(m_filter, &QToolButton::toggled, m_view, &LogView::setFiltered);
    connect(m_view, &LogView::filteredChanged, m_filter, &QToolButton::setChecked);
    connect(m_cancel, &QToolButton::clicked, m_session, &LogSearchSession::cancel);
    connect(m_session, &LogSearchSession::hitsChanged, this, &LogViewSearchBar::updateState);
    connect(m_session, &LogSearchSession::stateChanged, this, &LogViewSearchBar::updateState);
    connect(m_session, &LogSearchSession::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_view, &LogView::currentHitChanged, this, &LogViewSearchBar::updateState);
    updateState();
}

LogViewSearchBar::~LogViewSearchBar() = default;

LogQuery LogViewSearchBar::query() const
{
    return LogQuery{m_edit->text(), m_regex->isChecked(), m_case->isChecked()};
}

void LogViewSearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LogViewSearchBar::searchNow()
{
    m_typing->stop();
    m_session->setQuery(query());
    updateState();
}

bool LogViewSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_typing->isActive() || query() != m_session->query())
                searchNow();
            if (key->modifiers() & Qt::ShiftModifier)
                m_view->findPrevious();
            else
                m_view->findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogViewSearchBar::updateState()
{
    const bool searching = m_session->isSearching();
    m_progress->setVisible(searching);
    m_cancel->setVisible(searching);
    const QString error = m_session->errorString();
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Text, error.isEmpty() ? palette().color(QPalette::Text) : QColor(0xd3, 0x2f, 0x2f));
    m_edit->setPalette(pal);
    m_edit->setToolTip(error.isEmpty() ? m_help : tr("Not a valid regular expression: %1").arg(error));
    const int count = int(m_session->hits().size());
    const bool hasQuery = !m_session->query().isEmpty();
    m_next->setEnabled(count > 0);
    m_previous->setEnabled(count > 0);
    if (!error.isEmpty()) {
        m_count->setText(tr("invalid"));
    } else if (!hasQuery) {
        m_count->clear();
    } else if (count == 0) {
        m_count->setText(searching ? tr("searching…") : tr("no hits"));
    } else {
        const QLocale locale;
        const int current = m_view->currentHitIndex();
        // While the search runs the count can only grow: "120+".
        const QString total = locale.toString(count) + (m_session->isComplete() ? QString() : QStringLiteral("+"));
        if (current >= 0)
            m_count->setText(tr("%1 of %2").arg(locale.toString(current + 1), total));
        else if (m_session->isComplete())
            m_count->setText(tr("%Ln hit(s)", nullptr, count));
        else
            m_count->setText(tr("%1 hits so far").arg(total));
    }
}

} // namespace suanli::gui
