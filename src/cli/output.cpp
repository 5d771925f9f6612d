#include "output.h"

#include "tableprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace suanli::cli {

namespace {

QByteArray withNewline(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace

Output::Output(bool json)
    : m_json(json)
{
}

void Output::writeStdout(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Output::writeStderr(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

void Output::print(const QString &text)
{
    writeStdout(text.toUtf8());
}

void Output::printLine(const QString &line)
{
    writeStdout(withNewline(line));
}

void Output::printJson(const QJsonValue &value)
{
    // Every JSON answer of the CLI is an array or an object.
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeStdout(doc.toJson(QJsonDocument::Indented));
}

void Output::printTable(const TablePrinter &table)
{
    writeStdout(table.toString().toUtf8());
}

void Output::error(const QString &message)
{
    writeStderr(withNewline(message));
}

void Output::note(const QString &message)
{
    writeStderr(withNewline(message));
}

} // namespace suanli::cli
