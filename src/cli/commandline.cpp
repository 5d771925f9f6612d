#include "commandline.h"

#include "clilanguage.h"

#include <algorithm>

namespace suanli::cli {

namespace {

// Splits "--name=value" into its parts; `value` stays null when there is no '='.
void splitOption(const QString &token, QString *name, QString *value)
{
    const qsizetype eq = token.indexOf(u'=');
    if (eq < 0) {
        *name = token.mid(2);
        *value = QString();
    } else {
        *name = token.mid(2, eq - 2);
        *value = token.mid(eq + 1);
    }
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (optionsEnded) {
            m_words.append(token);
            continue;
        }
        if (token == u"--") {
            optionsEnded = true;
            m_words.append(token); // the command parser needs to see it too
            continue;
        }
        if (token == u"-h" || token == u"--help") {
            m_help = true;
            continue;
        }
        if (token == u"--json") {
            m_json = true;
            continue;
        }
        if (token == u"--verbose" || token == u"-v") {
            m_verbose = true;
            continue;
        }
        if (token == u"--config-dir" || token.startsWith(u"--config-dir=")) {
            if (token.size() > 12) {
                m_configDir = token.mid(13);
            } else if (i + 1 < arguments.size()) {
                m_configDir = arguments.at(++i);
            } else {
                m_error = GlobalError::ConfigDirMissing;
                continue;
            }
            if (m_configDir.isEmpty())
                m_error = GlobalError::ConfigDirMissing;
            continue;
        }
        if (token == u"--lang" || token.startsWith(u"--lang=")) {
            QString language;
            if (token.size() > 6) {
                language = token.mid(7);
            } else if (i + 1 < arguments.size()) {
                language = arguments.at(++i);
            }
            if (language.isEmpty()) {
                m_error = GlobalError::LanguageMissing;
            } else if (!CliLanguage::supported().contains(language)) {
                m_error = GlobalError::LanguageUnknown;
                m_errorValue = language;
            } else {
                m_language = language;
            }
            continue;
        }
        m_words.append(token);
    }
}

QString CommandLine::error() const
{
    switch (m_error) {
    case GlobalError::None: return {};
    case GlobalError::ConfigDirMissing: return tr("--config-dir needs a directory.");
    case GlobalError::LanguageMissing: return tr("--lang needs a language: en or zh_CN.");
    case GlobalError::LanguageUnknown: return tr("Unknown language \"%1\" for --lang: use en or zh_CN.").arg(m_errorValue);
    }
    return {};
}

QString CommandLine::parseCommand(int commandWords, const QList<Option> &options)
{
    m_positionals.clear();
    m_values.clear();
    bool optionsEnded = false;
    for (qsizetype i = commandWords; i < m_words.size(); ++i) {
        const QString &token = m_words.at(i);
        if (optionsEnded) {
            m_positionals.append(token);
            continue;
        }
        if (token == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!token.startsWith(u"--") || token.size() == 2) {
            if (token.startsWith(u'-') && token.size() > 1)
                return tr("Unknown option %1.").arg(token);
            m_positionals.append(token);
            continue;
        }
        QString name;
        QString value;
        splitOption(token, &name, &value);
        const auto spec = std::find_if(options.cbegin(), options.cend(), [&](const Option &o) { return o.name == name; });
        if (spec == options.cend())
            return tr("Unknown option --%1.").arg(name);
        if (!spec->takesValue) {
            if (!value.isNull())
                return tr("--%1 takes no value.").arg(name);
            m_values[name].append(QString());
            continue;
        }
        if (value.isNull()) {
            if (i + 1 >= m_words.size())
                return tr("--%1 needs a value.").arg(name);
            value = m_words.at(++i);
        }
        m_values[name].append(value);
    }
    return {};
}

QString CommandLine::value(const QString &name) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? QString() : list.constLast();
}

} // namespace suanli::cli
