#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Plain records of the simulated 元境 platform. Times are ms since epoch, money is integer fen.
namespace suanli::sim::yuanjing {

// The model types of get_type_llms, as the document spells them.
namespace type {
inline const QString TextToVideo = QStringLiteral("文生视频");
inline const QString ImageToVideo = QStringLiteral("图生视频");
inline const QString ReferenceToVideo = QStringLiteral("参考生视频");
} // namespace type

// Stream and task statuses: only SUCCEEDED and FAILED are the document's; the others are ours.
namespace status {
inline const QString Created = QStringLiteral("CREATED");
inline const QString Processing = QStringLiteral("PROCESSING");
inline const QString Succeeded = QStringLiteral("SUCCEEDED");
inline const QString Failed = QStringLiteral("FAILED");
} // namespace status

struct AccountBalance
{
    QString account; // "现金账户"
    qint64 fen = 0;
};

struct App
{
    QString id;
    QString appname;
    QString description;
    QString apikey;
    QString secretkey;
    qint64 createdMs = 0;
};

struct Order
{
    QString llmid;
    QString name;
    QString model;
    qint64 useMs = 0;
    QJsonObject usage;
    qint64 amountFen = 0;
    QString status = QStringLiteral("SUCCEEDED");
    // "created" until the charge is booked at accountedAtMs, then "accounted".
    qint64 accountedAtMs = 0;
};

struct User
{
    QString id;
    QString username;
    QString orgid;
    QString nickName; // may be empty: clients fall back to the username
    QString mobile;
    bool pricingOperator = false; // may run test_pricing_program
    QList<AccountBalance> balances; // the first is the cash account that pays
    QList<App> apps;
    QList<Order> orders; // oldest first
};

struct Model
{
    QString id; // llmid
    QString name;
    QString model;
    QString description;
    QString type;
    QJsonArray inputFields;
    qint64 listFenPerSecond540 = 0;
    qint64 listFenPerSecond720 = 0;
    qint64 listFenPerSecond1080 = 0;
    qint64 audioFenPerSecond = 0;
    int discountPercent = 80; // customer price = list price * discount
    bool async = false;       // the stream ends after the submit line; the task goes on
    QString ppid;             // the pricing program of the model
};

struct Task
{
    QString taskid;
    QString userId;
    QString llmid;
    QJsonObject input;    // what was asked (prompt, duration, ...), image shortened
    qint64 createdMs = 0;
    qint64 doneMs = 0;    // when it ends, well or not
    bool fails = false;
    QString error;        // when it fails
    QJsonObject usage;
    qint64 priceFen = 0;  // charged when it succeeds
    bool settled = false; // charged (or failed) already
};

struct SmsChallenge
{
    QString key;
    QString phone;
    QString code;
    QString session; // the cookie of the client that asked; the login must bring it back
    qint64 issuedMs = 0;
    int wrongTries = 0;
};

struct Session
{
    QString userId; // empty: anonymous (between the SMS code and the login)
    qint64 lastSeenMs = 0;
    bool expired = false;
};

struct Recharge
{
    QString tradeNo;
    QString userId;
    qint64 fen = 0;
    qint64 createdMs = 0;
    bool paid = false;
};

} // namespace suanli::sim::yuanjing
