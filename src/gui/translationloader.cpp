#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace suanli::gui {

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

TranslationLoader::~TranslationLoader()
{
    unload();
}

QStringList TranslationLoader::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString TranslationLoader::resolve(const QString &setting, const QLocale &system)
{
    if (supported().contains(setting))
        return setting;
    // Traditional Chinese readers are better served by Simplified Chinese than by English.
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString TranslationLoader::load(const QString &language)
{
    unload();
    m_language = resolve(language);
    m_previousDefault = QLocale();
    const QLocale locale(m_language);
    QLocale::setDefault(locale);
    if (m_language == u"en")
        return m_language; // the source language: nothing to install

    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/suanli_%1.qm").arg(m_language)) && QCoreApplication::installTranslator(app))
        m_installed.append(app);
    else
        delete app;
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt))
        m_installed.append(qt);
    else
        delete qt;
    return m_language;
}

void TranslationLoader::unload()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (!m_language.isEmpty())
        QLocale::setDefault(m_previousDefault);
    m_installed.clear();
    m_language.clear();
}

} // namespace suanli::gui
