#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace suanli::cli {

// The language of the CLI's messages: English (the source language) or Simplified Chinese.
// Installs the embedded translation, and Qt's own, for as long as the object lives.
class CliLanguage final
{
    Q_DISABLE_COPY_MOVE(CliLanguage)
public:
    static QStringList supported(); // {"en", "zh_CN"}

    // What a locale name such as "zh_CN.UTF-8" or "en_US" stands for: any Chinese locale gets
    // zh_CN (as in the GUI), everything else, "C" and "POSIX" included, English.
    static QString fromLocaleName(const QString &name);
    // The language LC_ALL, LC_MESSAGES and LANG ask for, the first one set wins, as for any
    // program whose messages follow the POSIX locale.
    static QString fromEnvironment();

    CliLanguage();
    ~CliLanguage();

    // Installs "en" or "zh_CN"; returns false when the translation could not be loaded.
    bool install(const QString &language);
    QString language() const { return m_language; }

private:
    void uninstall();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_language;
};

} // namespace suanli::cli
