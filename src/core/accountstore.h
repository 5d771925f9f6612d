#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace suanli {

// The accounts file (accounts.json in the config dir). Holds no secret, ever.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    explicit AccountStore(QString configDir);

    // Reads the file; a missing file is an empty list. Returns an error text on a damaged file
    // (the file is left untouched so nothing is lost).
    QString load();
    // Writes atomically (QSaveFile). Returns an error text or an empty string.
    QString save() const;

    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> byName(const QString &name) const;
    std::optional<Account> byId(const QString &id) const;

    // Returns an error text when the name is empty or taken.
    QString add(const Account &account);
    bool remove(const QString &id);
    QString rename(const QString &id, const QString &newName);
    void update(const Account &account);

    QString filePath() const;

private:
    QString m_dir;
    QList<Account> m_accounts;
};

} // namespace suanli
