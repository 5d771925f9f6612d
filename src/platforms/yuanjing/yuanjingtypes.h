#pragma once

#include "core/money.h"
#include "core/resource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace suanli::yuanjing {

// A 元境 user as phone_login describes one.
struct User
{
    QString id;
    QString username;
    QString orgid;
    QString nickName;
    QString mobile;
    // nick_name, or the username when it is empty (as the document says to show it).
    QString displayName() const { return nickName.trimmed().isEmpty() ? username : nickName; }
};

// What phone_login answered: signed in, or a choice among the phone's accounts.
struct LoginOutcome
{
    bool signedIn = false;
    User user;               // when signed in
    QList<User> candidates;  // when the phone has several accounts
    QString key;             // the key to send with the choice (the original one when absent)
};

struct AccountBalance
{
    QString account; // "现金账户"
    Money balance;
};

struct ApiApp
{
    QString id;
    QString appname;
};

// One app's keys: both are secrets (masked until revealed, never logged).
struct ApiKey
{
    QString appname;
    QString apikey;
    QString secretkey;
};

struct PriceQuote
{
    Money listPrice;
    Money price;
    QJsonObject configData;
};

struct Order
{
    QString llmid;
    QString name;
    QString model;
    QString useDate;
    QDateTime usedAt;
    QString usage;       // the usage rendered as text ("seconds 5 · 720p")
    QJsonObject usageRaw;
    Money amount;
    QString status;
    QString accountingStatus;
    QJsonObject raw;
};

struct OrdersPage
{
    QList<Order> rows;
    int total = 0;
    int page = 1;
    int pageRows = 80;
};

// The model types of get_type_llms: Chinese literals on the wire.
enum class VideoType { TextToVideo, ImageToVideo, ReferenceToVideo };

// One input of a model, from its input_fields.
struct InputField
{
    enum class Kind { Text, Integer, Boolean, Choice, Image };
    QString name;
    QString label;
    Kind kind = Kind::Text;
    bool required = false;
    QStringList choices;      // values of a Choice
    QStringList choiceLabels; // what to show for each (the value when no text is given)
    int minimum = 0;
    int maximum = 0;          // 0: none
    QJsonValue defaultValue;
};

struct VideoModel
{
    QString id; // the llmid
    QString name;
    QString model;
    QString description;
    VideoType type = VideoType::TextToVideo;
    QList<InputField> fields;
    QJsonObject raw;

    const InputField *field(const QString &name) const;
    bool needsImage() const;
};

// What to generate: the documented fields, and whatever else the model's fields ask for.
struct VideoRequest
{
    QString llmid;
    QString prompt;
    int duration = 5;
    bool audio = false;
    QString ratio;      // empty: not sent
    QString resolution; // empty: not sent
    QString image;      // a data: URL or an http(s) URL, for models that take one
    QJsonObject extra;  // other fields of the model's form, sent as they are

    // The body vidu_inference gets; and the config_data a price query for it gets.
    QJsonObject toJson() const;
    QJsonObject priceConfig() const;
};

// One line of the generation stream (or one answer of the task status).
struct VideoEvent
{
    enum class Kind {
        Progress,      // any status but the two final ones
        Succeeded,
        Failed,
        EnvelopeError, // {"status":"error",...} before the stream: no task was made
        Unreadable,    // a line that is not a JSON object: kept for diagnostics
    };
    Kind kind = Kind::Progress;
    QString status;  // the platform's word
    QString taskId;  // when the line names one
    int progress = -1;
    QString video;   // SUCCEEDED
    QString error;   // FAILED, or the envelope's message
    QJsonObject usage;
    QString type;    // undocumented; logged, otherwise ignored
    QByteArray raw;

    bool isFinal() const { return kind == Kind::Succeeded || kind == Kind::Failed || kind == Kind::EnvelopeError; }
};

// A video task as the task list, the status endpoint and this app know it.
struct VideoTask
{
    QString taskId;
    QString llmid;
    QString status;      // the platform's word
    QString prompt;
    QString video;
    QString error;
    QJsonObject usage;
    QJsonObject input;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    bool succeeded() const;
    bool failed() const;
    bool finished() const { return succeeded() || failed(); }
};

struct PricingResult
{
    QString ppid;
    QJsonObject data;
    Money result;
};

} // namespace suanli::yuanjing
