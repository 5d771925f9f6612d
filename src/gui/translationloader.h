#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace suanli::gui {

// Installs the application's translation (embedded under :/i18n) and Qt's own for one language,
// and sets the default locale to match. Removes them again when destroyed or on unload().
class TranslationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // "system" follows the system locale: Chinese locales get zh_CN, all others English.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());
    static QStringList supported(); // {"en", "zh_CN"}

    // Loads "en" or "zh_CN" (or "system"); returns the language actually installed.
    QString load(const QString &language);
    void unload();
    QString language() const { return m_language; }

private:
    QList<QTranslator *> m_installed;
    QString m_language;
    QLocale m_previousDefault;
};

} // namespace suanli::gui
