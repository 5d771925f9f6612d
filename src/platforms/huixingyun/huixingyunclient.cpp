#include "huixingyunclient.h"

#include "huixingyunmapping.h"

#include "core/accountsession.h"
#include "core/httpclient.h"

#include <QJsonDocument>

namespace suanli::huixingyun {

namespace {

// Set on the token endpoints so that the auth injector leaves them without Authorization;
// the injector removes it again before anything is sent.
const QByteArray kNoAuthMarker = QByteArrayLiteral("X-Suanli-No-Auth");

template<typename T, typename Map>
std::function<void(const Result<QJsonObject> &)> mapped(Map map, std::function<void(const Result<T> &)> done)
{
    return [map, done = std::move(done)](const Result<QJsonObject> &r) {
        if (!r)
            done(r.error());
        else
            done(map(r.value()));
    };
}

// Order kept, duplicates and blanks dropped.
QStringList cleanIds(const QStringList &ids)
{
    QStringList out;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace

Client::Client(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // The platform wants the bare token: no "Bearer", no quotes.
    session->http()->setAuthInjector([session](HttpRequest &request) {
        bool skip = false;
        for (qsizetype i = request.headers.size() - 1; i >= 0; --i) {
            if (request.headers.at(i).first.compare(kNoAuthMarker, Qt::CaseInsensitive) == 0) {
                request.headers.removeAt(i);
                skip = true;
            }
        }
        if (!skip)
            request.headers.append({QByteArrayLiteral("Authorization"), session->secret().toUtf8()});
    });
}

Client::~Client() = default;

bool Client::isKnownRenewPeriod(int periods)
{
    return periods == 1 || periods == 3 || periods == 7 || periods == 12;
}

template<typename T>
void Client::refuse(QObject *context, Completion<T> done, const QString &message)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), message] { done(ApiError::unsupported(message)); }, Qt::QueuedConnection);
}

void Client::post(const QString &path, const QJsonObject &body, bool unsafe, bool withToken, const QString &label,
                  QObject *context, std::function<void(const Result<QJsonObject> &)> handler)
{
    HttpRequest req = HttpRequest::postJson(m_session->endpoint(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
    req.label = label;
    if (!withToken)
        req.headers.append({kNoAuthMarker, QByteArrayLiteral("1")});
    HttpJob *job = m_session->http()->send(std::move(req));
    const auto credential = withToken ? Mapping::Credential::Token : Mapping::Credential::Password;
    connect(job, &HttpJob::finished, context, [handler = std::move(handler), credential](const Result<HttpResponse> &r) {
        handler(Mapping::body(r, credential));
    });
}

// ---- tokens ----------------------------------------------------------------------------------

void Client::generateToken(const QString &username, const QString &password, const QString &name, QObject *context,
                           Completion<ApiToken> done)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        refuse(context, std::move(done), tr("Enter the 慧星云 username and password."));
        return;
    }
    if (name.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Give the new token a name."));
        return;
    }
    const QJsonObject body{{QStringLiteral("username"), username.trimmed()},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("name"), name.trimmed()}};
    post(QStringLiteral("/generate/token"), body, true, false, tr("create API token"), context,
         mapped<ApiToken>(&Mapping::generatedToken, std::move(done)));
}

void Client::allTokens(const QString &username, const QString &password, QObject *context,
                       Completion<QList<ApiToken>> done)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        refuse(context, std::move(done), tr("Enter the 慧星云 username and password."));
        return;
    }
    const QJsonObject body{{QStringLiteral("username"), username.trimmed()}, {QStringLiteral("password"), password}};
    post(QStringLiteral("/all/tokens"), body, false, false, tr("API token list"), context,
         mapped<QList<ApiToken>>(&Mapping::tokens, std::move(done)));
}

void Client::deleteTokens(const QString &username, const QString &password, const QStringList &tokens, QObject *context,
                          Completion<Done> done)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        refuse(context, std::move(done), tr("Enter the 慧星云 username and password."));
        return;
    }
    const QStringList values = cleanIds(tokens);
    if (values.isEmpty()) {
        refuse(context, std::move(done), tr("Choose at least one token to delete."));
        return;
    }
    const QJsonObject body{{QStringLiteral("username"), username.trimmed()},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("token"), values.join(u',')}};
    post(QStringLiteral("/delete/token"), body, true, false, tr("delete API tokens"), context,
         mapped<Done>(&Mapping::success, std::move(done)));
}

// ---- catalog ---------------------------------------------------------------------------------

void Client::products(QObject *context, Completion<QList<GpuProduct>> done)
{
    post(QStringLiteral("/gpu/product/list"), {}, false, true, tr("GPU products"), context,
         mapped<QList<GpuProduct>>(&Mapping::products, std::move(done)));
}

void Client::applications(QObject *context, Completion<QList<AppProduct>> done)
{
    post(QStringLiteral("/gpu/application/list"), {}, false, true, tr("applications"), context,
         mapped<QList<AppProduct>>(&Mapping::applications, std::move(done)));
}

void Client::publicImages(const QString &gpuType, QObject *context, Completion<QList<Image>> done)
{
    if (gpuType.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose a GPU type to list its images."));
        return;
    }
    post(QStringLiteral("/gpu/images/list"), {{QStringLiteral("gpu_type"), gpuType.trimmed()}}, false, true,
         tr("public images"), context,
         mapped<QList<Image>>([](const QJsonObject &o) { return Mapping::images(o, false); }, std::move(done)));
}

void Client::myImages(const QString &roomName, QObject *context, Completion<QList<Image>> done)
{
    if (roomName.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose a zone to list its images."));
        return;
    }
    post(QStringLiteral("/gpu/images/mine"), {{QStringLiteral("room_name"), roomName.trimmed()}}, false, true,
         tr("my images"), context,
         mapped<QList<Image>>([](const QJsonObject &o) { return Mapping::images(o, true); }, std::move(done)));
}

// ---- orders ----------------------------------------------------------------------------------

void Client::buy(const BuyRequest &request, QObject *context, Completion<OrderOutcome> done)
{
    QString problem;
    if (request.imageId.trimmed().isEmpty())
        problem = tr("Choose an image.");
    else if (request.gpuType.trimmed().isEmpty() || request.roomName.trimmed().isEmpty())
        problem = tr("Choose a GPU product.");
    else if (request.count < 1)
        problem = tr("Order at least one instance.");
    else if (request.gpusPerInstance < 1)
        problem = tr("Each instance needs at least one GPU.");
    else if (request.extraDiskGb < 0 || request.extraDiskGb % 100 != 0)
        problem = tr("Extra data disk is added in steps of 100 GB.");
    if (!problem.isEmpty()) {
        refuse(context, std::move(done), problem);
        return;
    }
    // Integers, as the table says (the document's curl example quotes them).
    QJsonObject body{{QStringLiteral("image_id"), request.imageId.trimmed()},
                     {QStringLiteral("num"), request.count},
                     {QStringLiteral("gpu_type"), request.gpuType.trimmed()},
                     {QStringLiteral("gpu_count"), request.gpusPerInstance},
                     {QStringLiteral("pay_unit"), int(request.payUnit)},
                     {QStringLiteral("room_name"), request.roomName.trimmed()}};
    if (request.extraDiskGb > 0)
        body.insert(QStringLiteral("extra_disk_cap"), request.extraDiskGb);
    post(QStringLiteral("/gpu/instances/buy"), body, true, true, tr("buy instances"), context,
         mapped<OrderOutcome>(&Mapping::order, std::move(done)));
}

void Client::buyApplication(const BuyAppRequest &request, QObject *context, Completion<OrderOutcome> done)
{
    if (request.appType.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose an application."));
        return;
    }
    if (request.count < 1) {
        refuse(context, std::move(done), tr("Order at least one instance."));
        return;
    }
    const QJsonObject body{{QStringLiteral("num"), request.count},
                           {QStringLiteral("app_type"), request.appType.trimmed()},
                           {QStringLiteral("pay_unit"), int(request.payUnit)}};
    post(QStringLiteral("/gpu/application/buy"), body, true, true, tr("buy application"), context,
         mapped<OrderOutcome>(&Mapping::order, std::move(done)));
}

// ---- instances -------------------------------------------------------------------------------

void Client::instances(QObject *context, Completion<QList<Instance>> done)
{
    post(QStringLiteral("/gpu/instances/list"), {}, false, true, tr("instance list"), context,
         mapped<QList<Instance>>(&Mapping::instances, std::move(done)));
}

void Client::batchCall(const QString &path, const QStringList &gids, const QJsonObject &extra, const QString &label,
                       QObject *context, Completion<BatchOutcome> done)
{
    const QStringList ids = cleanIds(gids);
    if (ids.isEmpty()) {
        refuse(context, std::move(done), tr("No instance was chosen."));
        return;
    }
    for (const QString &id : ids) {
        if (id.contains(u',')) {
            refuse(context, std::move(done), tr("\"%1\" is not an instance id.").arg(id));
            return;
        }
    }
    QJsonObject body = extra;
    body.insert(QStringLiteral("gid"), ids.join(u','));
    post(path, body, true, true, label, context, [ids, done = std::move(done)](const Result<QJsonObject> &r) {
        if (!r)
            done(r.error());
        else
            done(Mapping::batch(r.value(), ids));
    });
}

void Client::stop(const QStringList &gids, bool cardless, QObject *context, Completion<BatchOutcome> done)
{
    batchCall(QStringLiteral("/gpu/instances/stop"), gids, {{QStringLiteral("card_less"), cardless}},
              cardless ? tr("card-less stop") : tr("stop"), context, std::move(done));
}

void Client::start(const QStringList &gids, QObject *context, Completion<BatchOutcome> done)
{
    batchCall(QStringLiteral("/gpu/instances/start"), gids, {}, tr("start"), context, std::move(done));
}

void Client::startCardless(const QStringList &gids, QObject *context, Completion<BatchOutcome> done)
{
    batchCall(QStringLiteral("/gpu/instances/cardless/start"), gids, {}, tr("start after card-less stop"), context,
              std::move(done));
}

void Client::restart(const QStringList &gids, QObject *context, Completion<BatchOutcome> done)
{
    batchCall(QStringLiteral("/gpu/instances/restart"), gids, {}, tr("restart"), context, std::move(done));
}

void Client::rebuild(const QStringList &gids, const QString &imageId, QObject *context, Completion<BatchOutcome> done)
{
    if (imageId.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose the image to reinstall from."));
        return;
    }
    batchCall(QStringLiteral("/gpu/instances/rebuild"), gids, {{QStringLiteral("image_id"), imageId.trimmed()}},
              tr("rebuild"), context, std::move(done));
}

void Client::destroy(const QStringList &gids, QObject *context, Completion<BatchOutcome> done)
{
    batchCall(QStringLiteral("/gpu/instances/destroy"), gids, {}, tr("destroy"), context, std::move(done));
}

void Client::lengthen(const QStringList &gids, PayUnit target, QObject *context, Completion<BatchOutcome> done)
{
    if (target != PayUnit::Daily && target != PayUnit::Monthly) {
        refuse(context, std::move(done), tr("Billing can only change to daily or monthly."));
        return;
    }
    batchCall(QStringLiteral("/gpu/instances/lengthen"), gids, {{QStringLiteral("pay_unit"), int(target)}},
              tr("change billing"), context, std::move(done));
}

void Client::renew(const QStringList &gids, int periods, QObject *context, Completion<BatchOutcome> done)
{
    if (!isKnownRenewPeriod(periods)) {
        refuse(context, std::move(done), tr("Renew for 1, 3 or 7 days, or for 1, 3 or 12 months."));
        return;
    }
    batchCall(QStringLiteral("/gpu/instances/renew"), gids, {{QStringLiteral("pay_period"), periods}}, tr("renew"),
              context, std::move(done));
}

void Client::snapshot(const QString &gid, const QString &name, QObject *context, Completion<Done> done)
{
    if (gid.trimmed().isEmpty() || gid.contains(u',')) {
        refuse(context, std::move(done), tr("A snapshot is taken of exactly one instance."));
        return;
    }
    if (name.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Give the image a name."));
        return;
    }
    post(QStringLiteral("/gpu/instance/snapshot"),
         {{QStringLiteral("gid"), gid.trimmed()}, {QStringLiteral("name"), name.trimmed()}}, true, true,
         tr("save image"), context, mapped<Done>(&Mapping::success, std::move(done)));
}

} // namespace suanli::huixingyun
