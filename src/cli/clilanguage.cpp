#include "clilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace suanli::cli {

QStringList CliLanguage::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString CliLanguage::fromLocaleName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("en");
    // Traditional Chinese readers are better served by Simplified Chinese than by English.
    return QLocale(name).language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString CliLanguage::fromEnvironment()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return fromLocaleName(value);
    }
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // No POSIX locale there as a rule: the user's system language speaks instead.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
#else
    return QStringLiteral("en");
#endif
}

CliLanguage::CliLanguage() = default;

CliLanguage::~CliLanguage()
{
    uninstall();
}

bool CliLanguage::install(const QString &language)
{
    uninstall();
    m_language = supported().contains(language) ? language : QStringLiteral("en");
    if (m_language == u"en")
        return true; // the source language: nothing to install

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/suanli_%1.qm").arg(m_language)) || !QCoreApplication::installTranslator(app.get()))
        return false;
    m_installed.push_back(std::move(app));
    // Qt's own texts (file and network errors inside the platforms' messages), where installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        m_installed.push_back(std::move(qt));
    return true;
}

void CliLanguage::uninstall()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
    m_language.clear();
}

} // namespace suanli::cli
