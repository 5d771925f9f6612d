#pragma once

#include "chenyuclient.h"

#include "core/provider.h"

namespace suanli::chenyu {

class ChenyuProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChenyuProvider)

public:
    explicit ChenyuProvider(AccountSession *session, QObject *parent = nullptr);
    ~ChenyuProvider() override;

    Client *client() const { return m_client; }

    Capabilities capabilities() const override;
    QList<Action> actions() const override;
    ActionInfo actionInfo(Action action) const override;
    Availability availability(const Resource &resource, Action action) const override;
    QString missingActionNote(Action action) const override;

    void verify(QObject *context, Completion<Done> done) override;
    void listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done) override;
    void resource(const QString &id, QObject *context, Completion<Resource> done) override;
    void perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done) override;
    void balance(QObject *context, Completion<Balance> done) override;

    static QString noPowerOffNote();
    // How a request reads in the activity log ("shutdown scheduled for …").
    static QString requestText(const ActionRequest &request);

private:

    void confirmMissing(QList<Resource> rows, QObject *context, const Completion<QList<Resource>> &done);

    Client *m_client;
    QList<Resource> m_lastListed; // what the previous list showed, to tell a vanished instance from a missed one
};

} // namespace suanli::chenyu
