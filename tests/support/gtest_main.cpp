// One main for every test binary: a Qt application object exists before any test runs, so
// tests can spin event loops, and GUI tests run offscreen unless a display is asked for.
#include <gtest/gtest.h>

#include <QtGlobal>

#ifdef SUANLI_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SuanliConsoleTests"));
    TestApplication::setApplicationName(QStringLiteral("suanli-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
