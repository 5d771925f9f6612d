#include "logdocument.h"

#include "logsource.h"

namespace suanli {

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
{
}

LogDocument::~LogDocument() = default;

void LogDocument::setSource(LogSource *source)
{
    if (m_source == source)
        return;
    if (m_source) {
        m_source->disconnect(this);
        m_source->deleteLater();
    }
    m_source = source;
    clear();
    if (!m_source)
        return;
    m_source->setParent(this);
    connect(m_source, &LogSource::reset, this, &LogDocument::clear);
    connect(m_source, &LogSource::storeLoaded, this, [this](const std::shared_ptr<LineStore> &store) {
        if (store)
            replace(std::move(*store));
    });
    connect(m_source, &LogSource::textAppended, this, &LogDocument::appendText);
    connect(m_source, &LogSource::linesAppended, this, &LogDocument::appendLines);
    connect(m_source, &LogSource::linesPrepended, this, &LogDocument::prependLines);
    connect(m_source, &LogSource::firstLineNumberChanged, this, [this](qint64 number) {
        m_store.setFirstLineNumber(number);
        Q_EMIT linesChanged(0);
    });
    m_source->open();
}

void LogDocument::appendText(const QByteArray &text)
{
    if (text.isEmpty())
        return;
    // An unfinished last line may grow: it changes along with the new lines.
    const qint64 from = m_store.hasOpenLine() ? m_store.lineCount() - 1 : m_store.lineCount();
    m_store.appendText(text);
    Q_EMIT linesChanged(from);
}

void LogDocument::appendLines(const QByteArrayList &lines)
{
    if (lines.isEmpty())
        return;
    const qint64 from = m_store.hasOpenLine() ? m_store.lineCount() - 1 : m_store.lineCount();
    m_store.appendLines(lines);
    Q_EMIT linesChanged(from);
}

void LogDocument::prependLines(const QByteArrayList &lines, qint64 firstLineNumber)
{
    if (lines.isEmpty())
        return;
    const qint64 before = m_store.lineCount();
    m_store.prependLines(lines);
    m_store.setFirstLineNumber(firstLineNumber);
    Q_EMIT linesPrepended(m_store.lineCount() - before);
}

void LogDocument::replace(LineStore store)
{
    m_store = std::move(store);
    Q_EMIT reset();
}

void LogDocument::clear()
{
    m_store.clear();
    Q_EMIT reset();
}

} // namespace suanli
