#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace suanli {

// Where account secrets live. Every call completes through the event loop and only while
// `context` exists.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done) = 0;
    // A missing entry is an ApiError of kind Auth with an explaining message.
    virtual void read(const QString &accountId, QObject *context, Completion<QString> done) = 0;
    virtual void remove(const QString &accountId, QObject *context, Completion<Done> done) = 0;

    // The key of an account's second secret (a password remembered for token management):
    // "<accountId>/<name>". One rule for the GUI and the CLI, which share the store.
    static QString extraKey(const QString &accountId, const QString &name);

    // Whether secrets survive a restart of the application.
    virtual bool persistent() const = 0;
    // A translated name for the settings page ("System keychain", "This session only", ...).
    virtual QString description() const = 0;
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Store).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // `service` separates profiles (the demo, tests) from the user's own entries.
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done) override;
    void read(const QString &accountId, QObject *context, Completion<QString> done) override;
    void remove(const QString &accountId, QObject *context, Completion<Done> done) override;
    bool persistent() const override { return true; }
    QString description() const override;
    QString service() const { return m_service; }

    // The user-facing text when the keychain cannot be used.
    static QString unavailableMessage(const QString &detail);

private:
    QString m_service;
};

// Secrets kept in memory for this session only: the demo, and the fallback where no keychain
// exists.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done) override;
    void read(const QString &accountId, QObject *context, Completion<QString> done) override;
    void remove(const QString &accountId, QObject *context, Completion<Done> done) override;
    bool persistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

// Plain file storage, only when the user asks for it explicitly: one 0600 file in the config
// dir, with a warning wherever it is offered.
class InsecureFileSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsecureFileSecretStore)

public:
    InsecureFileSecretStore(QString filePath, QObject *parent = nullptr);
    // The one file the GUI and the CLI share in a config dir.
    static QString defaultPath(const QString &configDir);
    ~InsecureFileSecretStore() override;

    void write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done) override;
    void read(const QString &accountId, QObject *context, Completion<QString> done) override;
    void remove(const QString &accountId, QObject *context, Completion<Done> done) override;
    bool persistent() const override { return true; }
    QString description() const override;
    static QString warning();

private:
    QHash<QString, QString> loadAll(QString *error) const;
    QString saveAll(const QHash<QString, QString> &all) const;
    QString m_path;
};

} // namespace suanli
