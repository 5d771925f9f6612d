#include "unispodmetricsource.h"

#include "unisclient.h"
#include "unismonitoring.h"

namespace suanli::unis {

PodMetricSource::PodMetricSource(Client *client, QObject *parent)
    : MetricSource(parent)
    , m_client(client)
{
}

PodMetricSource::~PodMetricSource() = default;

QList<MetricInfo> PodMetricSource::metrics() const
{
    return Monitoring::podCatalogue();
}

qint64 PodMetricSource::stepMs() const
{
    return Monitoring::kDocumentedStepMs;
}

void PodMetricSource::fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context,
                            Completion<MetricWindow> done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            context, [done] { done(ApiError::cancelled()); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request = HttpRequest::postJson(m_client->url(Monitoring::podMetricsPath()),
                                                Monitoring::podMetricsBody({subject}, fromMs, toMs));
    request.label = tr("pod metrics");
    m_client->call(std::move(request), context, [subject, fromMs, toMs, done](const Result<Envelope> &answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(Monitoring::podMetrics(answer.value().data, subject, fromMs, toMs));
    });
}

} // namespace suanli::unis
