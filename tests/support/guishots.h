#pragma once

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLayout>
#include <QMessageBox>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

// What the GUI tests share: screenshots of what they show, and message boxes nobody expects.
namespace suanli::test {

inline QString screenshotDir()
{
    const QString dir = QStringLiteral(SUANLI_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// Saves the widget as it looks into the build's screenshots folder.
inline void saveShot(QWidget *widget, const QString &name)
{
    // Let pending layout passes run first: a grab right after new content shows the old layout.
    if (widget->layout())
        widget->layout()->activate();
    QTest::qWait(150);
    const QString path = screenshotDir() + QLatin1Char('/') + name;
    EXPECT_TRUE(widget->grab().save(path)) << qPrintable(path);
}

// Message boxes nobody expects (an action that failed, say) would block the test in their
// event loop: close them, and remember what they said so the test can fail with it.
class UnexpectedBoxes
{
public:
    UnexpectedBoxes()
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_expecting)
                return;
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_seen.append(box->text() + QLatin1Char(' ') + box->informativeText());
                box->reject();
            }
        });
        m_timer.start(300);
    }
    void expect(bool on) { m_expecting = on; }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_expecting = false;
    QStringList m_seen;
};

} // namespace suanli::test
