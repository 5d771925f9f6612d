#include "unislogs.h"

#include "core/jsonutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace suanli::unis {

namespace {

const QString kViewLogs = QStringLiteral("/api/kernel/trainOperatorPod/viewPodLogs");
const QString kEvaluationLog = QStringLiteral("/api/model/evaluation/pod/log");
const QString kDownload = QStringLiteral("/api/kernel/trainOperatorPod/downloadTaskLogs");

class LogText final
{
    Q_DECLARE_TR_FUNCTIONS(UnisLogs)
public:
    static QString noData() { return tr("The log answer holds no data."); }
    static QString noPosition() { return tr("The log answer does not say where its lines start."); }
    static QString cannotWrite(const QString &path, const QString &why)
    {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
};

} // namespace

Logs::Logs(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Logs::~Logs() = default;

bool Logs::hasPodLogs(ResourceKind kind)
{
    return kind == ResourceKind::Training || kind == ResourceKind::FineTune || kind == ResourceKind::ComputeTask;
}

QByteArray Logs::requestBody(const QString &podId, int pageSize, std::optional<qint64> startLine, bool backwards,
                             const QString &taskId)
{
    QJsonObject body{
        {QStringLiteral("id"), podId},
        {QStringLiteral("offset"), pageSize},
        {QStringLiteral("startReadLines"), startLine ? QJsonValue(*startLine) : QJsonValue(QJsonValue::Null)},
        // Sic: the platform reads "recerseRead" (and answers "reverseRead").
        {QStringLiteral("recerseRead"), backwards},
    };
    if (!taskId.isEmpty())
        body.insert(QStringLiteral("taskId"), taskId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<PodLogPage> Logs::parsePage(const Envelope &envelope)
{
    const QJsonValue data = parseEmbeddedJson(envelope.data);
    if (!data.isObject())
        return ApiError::parse(LogText::noData());
    const QJsonObject o = data.toObject();
    const std::optional<qint64> first = json::integer(o.value(QStringLiteral("startReadLines")));
    if (!first || *first < 0)
        return ApiError::parse(LogText::noPosition());
    PodLogPage page;
    page.first = *first;
    for (const QJsonValue &line : o.value(QStringLiteral("logContent")).toArray())
        page.lines.append(json::text(line).toUtf8());
    page.next = json::integerOr(o.value(QStringLiteral("offset")), page.first + page.lines.size() + 1);
    page.moreAbove = json::boolean(o.value(QStringLiteral("reverseRead")));
    return page;
}

void Logs::page(PodLogEndpoint endpoint, const QString &podId, int pageSize, std::optional<qint64> startLine, bool backwards,
                const QString &taskId, QObject *context, Completion<PodLogPage> done)
{
    HttpRequest request = HttpRequest::postJson(m_client->url(endpoint == PodLogEndpoint::Kernel ? kViewLogs : kEvaluationLog),
                                                requestBody(podId, pageSize, startLine, backwards, taskId));
    request.label = QStringLiteral("pod log");
    m_client->call(std::move(request), context, [done = std::move(done)](const Result<Envelope> &r) {
        if (!r)
            done(r.error());
        else
            done(parsePage(r.value()));
    });
}

QString Logs::fileNameFrom(const QByteArray &contentDisposition)
{
    const QString header = QString::fromLatin1(contentDisposition);
    static const QRegularExpression extended(QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString name;
    if (const QRegularExpressionMatch m = extended.match(header); m.hasMatch()) {
        name = QUrl::fromPercentEncoding(m.captured(2).trimmed().toLatin1());
    } else if (const QRegularExpressionMatch p = plain.match(header); p.hasMatch()) {
        const QString raw = p.captured(2).isNull() ? p.captured(1).trimmed() : p.captured(2);
        // Spring servers often percent-encode the plain form too.
        name = raw.contains(u'%') ? QUrl::fromPercentEncoding(raw.toLatin1()) : raw;
    }
    // Only a file name: a server must not pick the folder.
    return QFileInfo(name).fileName();
}

QString Logs::sectionHeader(const QString &podName)
{
    return podName + QStringLiteral("-log：");
}

void Logs::downloadTask(const QString &taskId, const QString &taskName, const QString &path, QObject *context,
                        Completion<DownloadedTaskLog> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("taskId"), QString::fromLatin1(QUrl::toPercentEncoding(taskId)));
    query.addQueryItem(QStringLiteral("taskName"), QString::fromLatin1(QUrl::toPercentEncoding(taskName)));
    HttpRequest request = HttpRequest::get(m_client->url(kDownload, query));
    request.label = QStringLiteral("task log download");
    // A long log can take a while to arrive.
    request.timeoutMs = 120000;
    m_client->callRaw(std::move(request), context, [path, done = std::move(done)](const Result<HttpResponse> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        const HttpResponse &response = r.value();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size() || !file.commit()) {
            done(ApiError::parse(LogText::cannotWrite(path, file.errorString())));
            return;
        }
        DownloadedTaskLog result;
        result.path = path;
        result.bytes = response.body.size();
        result.zip = response.body.startsWith("PK\x03\x04");
        result.serverFileName = fileNameFrom(response.header("Content-Disposition"));
        done(result);
    });
}

} // namespace suanli::unis
