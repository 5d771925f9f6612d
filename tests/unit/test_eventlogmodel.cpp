// The Activity log model under QAbstractItemModelTester, while the bounded EventLog drops its
// oldest entries.
#include "gui/eventlogmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace suanli;
using suanli::gui::EventLogModel;

TEST(EventLogModel, FollowsTheLogAndDropsOldRows)
{
    EventLog log(nullptr, 5);
    log.info(QStringLiteral("a"), QStringLiteral("before the model"));
    EventLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.columnCount(), EventLogModel::ColumnCount);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 0)
            log.error(QStringLiteral("b"), QStringLiteral("error %1").arg(i));
        else
            log.info(QStringLiteral("a"), QStringLiteral("message %1").arg(i));
    }
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(inserted.count(), 12);
    EXPECT_GE(removed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    // The newest entry is last, with its account and level.
    const QModelIndex last = model.index(4, EventLogModel::Message);
    EXPECT_EQ(last.data().toString(), QStringLiteral("message 11"));
    EXPECT_EQ(model.index(4, EventLogModel::Account).data().toString(), QStringLiteral("a"));
    EXPECT_EQ(model.entryAt(2).level, EventLogEntry::Level::Error); // "error 9"
    EXPECT_TRUE(model.rowText(4).contains(QStringLiteral("message 11")));
}
