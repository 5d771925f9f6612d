#include "unisnodemetricsource.h"

#include "unisclient.h"
#include "unismonitoring.h"

#include <QDateTime>

namespace suanli::unis {

namespace {

// How close to now a window must end for the current totals to belong in it.
constexpr qint64 kNowSlackMs = 60 * 1000;

} // namespace

NodeMetricSource::NodeMetricSource(Client *client, QObject *parent)
    : MetricSource(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

NodeMetricSource::~NodeMetricSource() = default;

QString NodeMetricSource::clusterSubject()
{
    return QStringLiteral("cluster");
}

QList<MetricInfo> NodeMetricSource::metrics() const
{
    return Monitoring::nodeCatalogue();
}

qint64 NodeMetricSource::stepMs() const
{
    return Monitoring::kDocumentedStepMs;
}

QString NodeMetricSource::subjectLabel(const QString &subject) const
{
    return subject == clusterSubject() ? tr("Cluster") : subject;
}

QString NodeMetricSource::subjectColumn() const
{
    return QStringLiteral("node");
}

void NodeMetricSource::fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context,
                             Completion<MetricWindow> done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            context, [done] { done(ApiError::cancelled()); }, Qt::QueuedConnection);
        return;
    }
    if (subject == clusterSubject()) {
        HttpRequest request = HttpRequest::postJson(m_client->url(Monitoring::nodeTotalsPath()), QByteArrayLiteral("{}"));
        request.label = tr("cluster totals");
        const qint64 now = m_clock();
        m_client->call(std::move(request), context, [subject, fromMs, toMs, now, done](const Result<Envelope> &answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const Result<NodeTotals> totals = Monitoring::nodeTotals(answer.value().data);
            if (!totals) {
                done(totals.error());
                return;
            }
            MetricWindow window = Monitoring::nodeTotalsWindow(totals.value(), subject, std::min(now, toMs));
            window.fromMs = fromMs;
            window.toMs = toMs;
            // A reading of now says nothing about a window that ended earlier.
            if (toMs < now - kNowSlackMs) {
                for (MetricSeries &s : window.series)
                    s.points.clear();
            }
            done(window);
        });
        return;
    }
    HttpRequest request =
        HttpRequest::postJson(m_client->url(Monitoring::rdmaPath()), Monitoring::rdmaBody(subject, fromMs, toMs));
    request.label = tr("RDMA traffic");
    m_client->call(std::move(request), context, [subject, fromMs, toMs, done](const Result<Envelope> &answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(Monitoring::rdma(answer.value().data, subject, fromMs, toMs));
    });
}

} // namespace suanli::unis
