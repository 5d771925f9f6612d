#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace suanli::cli {

// The command line in two passes: the global options (--config-dir, --json, --lang, --verbose,
// --help) are taken out wherever they stand, then each command parses the rest against its own
// options.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    struct Option
    {
        QString name;            // without the leading dashes
        bool takesValue = false; // "--page 2" / "--page=2"
    };

    // `arguments` without the program name.
    explicit CommandLine(const QStringList &arguments);

    // A problem with the global options; empty when there is none. Composed when asked for, so
    // that it comes out in the language chosen after parsing.
    QString error() const;
    bool json() const { return m_json; }
    // "en" or "zh_CN" as given with --lang; empty when not given (or not valid: see error()).
    QString language() const { return m_language; }
    bool verbose() const { return m_verbose; }
    bool helpRequested() const { return m_help; }
    QString configDir() const { return m_configDir; }
    // Everything but the global options, in order: the command, its words and its options.
    const QStringList &words() const { return m_words; }

    // Parses the words after the first `commandWords` (the command's own name) against the
    // command's options. Returns an error text, empty on success.
    QString parseCommand(int commandWords, const QList<Option> &options);
    const QStringList &positionals() const { return m_positionals; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The last value given for an option (empty when it was not given).
    QString value(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    enum class GlobalError { None, ConfigDirMissing, LanguageMissing, LanguageUnknown };

    GlobalError m_error = GlobalError::None;
    QString m_errorValue;
    bool m_json = false;
    bool m_verbose = false;
    bool m_help = false;
    QString m_configDir;
    QString m_language;
    QStringList m_words;
    QStringList m_positionals;
    QHash<QString, QStringList> m_values;
};

} // namespace suanli::cli
