#pragma once

#include <QJsonValue>
#include <QString>

namespace suanli::cli {

class TablePrinter;

// Where the CLI writes: results on stdout (UTF-8 text or JSON), everything else on stderr.
class Output final
{
public:
    explicit Output(bool json);

    bool json() const { return m_json; }

    // stdout: results.
    void print(const QString &text);
    void printLine(const QString &line);
    void printJson(const QJsonValue &value);
    void printTable(const TablePrinter &table);

    // stderr: errors, warnings and notes, one message per call, each ending in a newline.
    void error(const QString &message);
    void note(const QString &message);

    static void writeStdout(const QByteArray &utf8);
    static void writeStderr(const QByteArray &utf8);

private:
    bool m_json;
};

} // namespace suanli::cli
