// ResourceTableModel and ResourceFilterProxy: refreshes are applied as diffs (never a reset),
// in contiguous runs, and keep the selection; both models pass QAbstractItemModelTester.
#include "gui/resourcefilterproxy.h"
#include "gui/resourcetablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeZone>

using suanli::Money;
using suanli::Resource;
using suanli::ResourceKind;
using suanli::ResourceStatus;
using suanli::gui::ResourceFilterProxy;
using suanli::gui::ResourceTableModel;

namespace {

Resource make(const QString &id, ResourceStatus status = ResourceStatus::Running, const QString &account = QStringLiteral("acc"))
{
    Resource r;
    r.platform = QStringLiteral("chenyu");
    r.accountId = account;
    r.id = id;
    r.name = QStringLiteral("name-") + id;
    r.status = status;
    r.statusText = QStringLiteral("运行中");
    r.gpuModel = QStringLiteral("RTX 4090");
    r.gpuCount = 1;
    r.pricePerHour = Money::fromFen(198);
    r.createdAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone(8 * 3600)).addSecs(id.size() * 60);
    r.raw = QJsonObject{{QStringLiteral("uuid"), id}, {QStringLiteral("status"), int(status)}};
    return r;
}

QList<Resource> make(const QStringList &ids)
{
    QList<Resource> list;
    for (const QString &id : ids)
        list.append(make(id));
    return list;
}

QStringList idsOf(const ResourceTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, ResourceTableModel::Id).data().toString());
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Records the structural signals of one refresh.
struct Recorder
{
    explicit Recorder(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        resets.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        moved.clear();
        layout.clear();
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy moved;
    QSignalSpy layout;
};

} // namespace

TEST(ResourceTableModel, FirstLoadIsOneInsertInPlatformOrder)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Recorder rec(&model);
    model.setResources(make({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(rec.resets.count(), 0);
    ASSERT_EQ(rec.inserted.count(), 1);
    EXPECT_EQ(rec.inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(rec.inserted.at(0).at(2).toInt(), 2);
    EXPECT_EQ(rec.changed.count(), 0);
}

TEST(ResourceTableModel, SameListAgainSignalsNothing)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto list = make({QStringLiteral("a"), QStringLiteral("b")});
    model.setResources(list);
    Recorder rec(&model);
    model.setResources(list);
    EXPECT_EQ(rec.resets.count() + rec.inserted.count() + rec.removed.count() + rec.changed.count(), 0);
}

TEST(ResourceTableModel, InterleavedRemovalsAreOneSignalPerContiguousRun)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResources(make({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                             QStringLiteral("e"), QStringLiteral("f")}));
    Recorder rec(&model);
    // b, c go (one run), e goes (another run).
    model.setResources(make({QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("f")}));
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("f")}));
    EXPECT_EQ(rec.resets.count(), 0);
    ASSERT_EQ(rec.removed.count(), 2);
    // Bottom up: first the run of e (row 4), then b..c (rows 1-2).
    EXPECT_EQ(rec.removed.at(0).at(1).toInt(), 4);
    EXPECT_EQ(rec.removed.at(0).at(2).toInt(), 4);
    EXPECT_EQ(rec.removed.at(1).at(1).toInt(), 1);
    EXPECT_EQ(rec.removed.at(1).at(2).toInt(), 2);
    EXPECT_EQ(rec.inserted.count(), 0);
}

TEST(ResourceTableModel, InsertionsLandAfterTheirPredecessorInRuns)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResources(make({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    Recorder rec(&model);
    model.setResources(make({QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("y1"), QStringLiteral("y2"),
                             QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("z")}));
    EXPECT_EQ(idsOf(model), (QStringList{QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("y1"), QStringLiteral("y2"),
                                         QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("z")}));
    EXPECT_EQ(rec.resets.count(), 0);
    EXPECT_EQ(rec.inserted.count(), 3); // x, y1..y2, z
    EXPECT_EQ(rec.removed.count(), 0);
    EXPECT_EQ(rec.changed.count(), 0);
}

TEST(ResourceTableModel, ChangesAreReportedOverContiguousRanges)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = make({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
    model.setResources(list);
    Recorder rec(&model);
    list[1].status = ResourceStatus::Stopped;
    list[2].name = QStringLiteral("renamed");
    list[4].raw.insert(QStringLiteral("status_txt"), QStringLiteral("已关机"));
    model.setResources(list);
    EXPECT_EQ(rec.resets.count(), 0);
    ASSERT_EQ(rec.changed.count(), 2);
    const auto first = rec.changed.at(0);
    EXPECT_EQ(first.at(0).toModelIndex().row(), 1);
    EXPECT_EQ(first.at(1).toModelIndex().row(), 2);
    EXPECT_EQ(first.at(0).toModelIndex().column(), 0);
    EXPECT_EQ(first.at(1).toModelIndex().column(), ResourceTableModel::ColumnCount - 1);
    EXPECT_EQ(rec.changed.at(1).at(0).toModelIndex().row(), 4);
    EXPECT_EQ(rec.changed.at(1).at(1).toModelIndex().row(), 4);
    EXPECT_EQ(model.index(2, ResourceTableModel::Name).data().toString(), QStringLiteral("renamed"));
    EXPECT_EQ(model.resourceAt(1).status, ResourceStatus::Stopped);
}

TEST(ResourceTableModel, MixedRefreshesEmptyAndBackKeepTheModelConsistent)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Recorder rec(&model);
    QList<QStringList> rounds = {
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
        {QStringLiteral("d"), QStringLiteral("n1"), QStringLiteral("b"), QStringLiteral("n2"), QStringLiteral("n3")},
        {},
        {},
        {QStringLiteral("q")},
        {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("s"), QStringLiteral("t")},
        {QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("p")}, // reversed order, gaps
        {QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("t"), QStringLiteral("v"), QStringLiteral("p"), QStringLiteral("w")},
    };
    int round = 0;
    for (const QStringList &ids : rounds) {
        auto list = make(ids);
        // Every other round changes a status too.
        if (round % 2 == 1 && !list.isEmpty())
            list.first().status = ResourceStatus::Stopping;
        model.setResources(list);
        EXPECT_EQ(sorted(idsOf(model)), sorted(ids)) << "round " << round;
        for (const Resource &r : std::as_const(list)) {
            const int row = model.rowOf(r.accountId, r.id);
            ASSERT_GE(row, 0) << qPrintable(r.id);
            EXPECT_EQ(model.resourceAt(row), r) << qPrintable(r.id);
        }
        ++round;
    }
    EXPECT_EQ(rec.resets.count(), 0);
    EXPECT_EQ(rec.layout.count(), 0);
}

TEST(ResourceTableModel, SameIdOnTwoAccountsAreTwoRows)
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResources({make(QStringLiteral("i1"), ResourceStatus::Running, QStringLiteral("acc1")),
                        make(QStringLiteral("i1"), ResourceStatus::Stopped, QStringLiteral("acc2"))});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_NE(model.rowOf(QStringLiteral("acc1"), QStringLiteral("i1")), model.rowOf(QStringLiteral("acc2"), QStringLiteral("i1")));
    // A duplicate key within one answer keeps its first occurrence.
    model.setResources({make(QStringLiteral("i1")), make(QStringLiteral("i1"), ResourceStatus::Stopped)});
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.resourceAt(0).status, ResourceStatus::Running);
}

TEST(ResourceTableModel, DisplayAndSortRoles)
{
    ResourceTableModel model;
    Resource r = make(QStringLiteral("a"));
    r.gpuModel = QStringLiteral("RTX 4090");
    r.gpuCount = 2;
    r.pricePerHour = Money::fromFen(123456);
    model.setResources({r});
    EXPECT_EQ(model.index(0, ResourceTableModel::Gpu).data().toString(), QStringLiteral("RTX 4090 × 2"));
    EXPECT_EQ(model.index(0, ResourceTableModel::PricePerHour).data().toString(), QStringLiteral("¥1,234.56"));
    EXPECT_EQ(model.index(0, ResourceTableModel::PricePerHour).data(ResourceTableModel::SortRole).toLongLong(), 123456);
    EXPECT_EQ(model.index(0, ResourceTableModel::Status).data().toString(), QStringLiteral("Running · 运行中"));
    EXPECT_EQ(model.index(0, ResourceTableModel::Status).data(ResourceTableModel::StatusRole).toInt(),
              int(ResourceStatus::Running));
    EXPECT_EQ(model.index(0, 0).data(ResourceTableModel::ResourceRole).value<Resource>(), r);
    // Created is shown in the local zone, whatever zone the platform used.
    EXPECT_EQ(model.index(0, ResourceTableModel::Created).data().toString(),
              r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

TEST(ResourceTableModel, CreatorAndRunTimeColumnsTickOnlyForRunningRows)
{
    QDateTime clock(QDate(2024, 11, 24), QTime(9, 0), QTimeZone::utc());
    ResourceTableModel model(nullptr, [&clock] { return clock; });
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // New columns come after the old ones (saved header states know columns by number), but a
    // user sees the creator beside the status and the run time beside the creation time.
    EXPECT_GT(int(ResourceTableModel::Creator), int(ResourceTableModel::Remote));
    EXPECT_GT(int(ResourceTableModel::RunTime), int(ResourceTableModel::Remote));
    EXPECT_EQ(model.columnCount(), int(ResourceTableModel::ColumnCount));
    const QList<int> order = ResourceTableModel::defaultVisualOrder();
    EXPECT_EQ(order.size(), int(ResourceTableModel::ColumnCount));
    EXPECT_EQ(order.indexOf(ResourceTableModel::Creator), order.indexOf(ResourceTableModel::Status) + 1);
    EXPECT_EQ(order.indexOf(ResourceTableModel::RunTime), order.indexOf(ResourceTableModel::Created) + 1);
    EXPECT_EQ(model.headerData(ResourceTableModel::Creator, Qt::Horizontal).toString(), QStringLiteral("Creator"));
    EXPECT_EQ(model.headerData(ResourceTableModel::RunTime, Qt::Horizontal).toString(), QStringLiteral("Run time"));

    Resource running = make(QStringLiteral("run"));
    running.creator = QStringLiteral("zhangwei");
    running.startedAt = clock.addSecs(-(2 * 3600 + 13 * 60 + 7));
    Resource done = make(QStringLiteral("done"), ResourceStatus::Succeeded);
    done.creator = QStringLiteral("Lihua");
    done.startedAt = clock.addDays(-2);
    done.finishedAt = done.startedAt.addSecs(3 * 86400 + 4 * 3600 + 5 * 60 + 6);
    Resource ended = make(QStringLiteral("ended"), ResourceStatus::Failed); // no end time given
    ended.startedAt = clock.addSecs(-600);
    Resource waiting = make(QStringLiteral("wait"), ResourceStatus::Pending); // not started
    model.setResources({running, done, ended, waiting});

    const auto runTime = [&model](int row) { return model.index(row, ResourceTableModel::RunTime).data().toString(); };
    EXPECT_EQ(model.index(0, ResourceTableModel::Creator).data().toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(runTime(0), QStringLiteral("02:13:07"));
    EXPECT_EQ(runTime(1), QStringLiteral("3 d 04:05:06"));
    EXPECT_EQ(runTime(2), QString());
    EXPECT_EQ(runTime(3), QString());
    EXPECT_TRUE(model.index(2, ResourceTableModel::RunTime).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no end time")));
    EXPECT_TRUE(model.hasTickingRunTime());

    // A second later only the running row's run time is repainted, and it moved on.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock = clock.addSecs(1);
    EXPECT_TRUE(model.refreshRunTimes());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), model.index(0, ResourceTableModel::RunTime));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex(), model.index(0, ResourceTableModel::RunTime));
    EXPECT_EQ(runTime(0), QStringLiteral("02:13:08"));
    EXPECT_EQ(runTime(1), QStringLiteral("3 d 04:05:06"));

    // Sorted by run time: longest last, the ones without a run time first.
    proxy.sort(ResourceTableModel::RunTime, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 4);
    EXPECT_EQ(proxy.index(2, ResourceTableModel::Id).data().toString(), QStringLiteral("run"));
    EXPECT_EQ(proxy.index(3, ResourceTableModel::Id).data().toString(), QStringLiteral("done"));
    // The text filter finds rows by their creator too.
    proxy.setTextFilter(QStringLiteral("LIHUA"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("done"));
    proxy.setTextFilter({});

    // Once it stops, nothing ticks and a refresh says so.
    running.status = ResourceStatus::Succeeded;
    running.finishedAt = clock;
    model.setResources({running, done, ended, waiting});
    changed.clear();
    EXPECT_FALSE(model.hasTickingRunTime());
    EXPECT_FALSE(model.refreshRunTimes());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(runTime(0), QStringLiteral("02:13:08"));
}

TEST(ResourceFilterProxy, FiltersByTextStatusAndKindAndSortsByRawValues)
{
    ResourceTableModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Resource cheap = make(QStringLiteral("id-cheap"));
    cheap.name = QStringLiteral("ComfyUI");
    cheap.pricePerHour = Money::fromFen(900);
    Resource dear = make(QStringLiteral("id-dear"), ResourceStatus::Stopped);
    dear.name = QStringLiteral("LLaMA");
    dear.gpuModel = QStringLiteral("A100 80G");
    dear.pricePerHour = Money::fromFen(10000); // "¥100.00" sorts before "¥9.00" as text
    Resource job = make(QStringLiteral("id-job"), ResourceStatus::Destroyed);
    job.kind = ResourceKind::Training;
    job.pricePerHour.reset();
    model.setResources({cheap, dear, job});

    proxy.sort(ResourceTableModel::PricePerHour, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("id-job")); // no price first
    EXPECT_EQ(proxy.index(1, ResourceTableModel::Id).data().toString(), QStringLiteral("id-cheap"));
    EXPECT_EQ(proxy.index(2, ResourceTableModel::Id).data().toString(), QStringLiteral("id-dear"));

    proxy.setTextFilter(QStringLiteral("a100"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("id-dear"));
    proxy.setTextFilter(QStringLiteral("ID-C")); // ids match too, case-insensitively
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("id-cheap"));
    proxy.setTextFilter({});

    proxy.setStatusFilter(ResourceStatus::Stopped);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("id-dear"));
    proxy.setStatusFilter(std::nullopt, ResourceFilterProxy::StatusGroup::Live);
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStatusFilter(std::nullopt);
    proxy.setKindFilter(ResourceKind::Training);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ResourceTableModel::Id).data().toString(), QStringLiteral("id-job"));
    proxy.setKindFilter(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 3);

    // A refresh that makes a filtered-out row match brings it in without a reset.
    proxy.setStatusFilter(ResourceStatus::Running);
    EXPECT_EQ(proxy.rowCount(), 1);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    dear.status = ResourceStatus::Running;
    model.setResources({cheap, dear, job});
    EXPECT_EQ(proxy.rowCount(), 2);
    EXPECT_EQ(resets.count(), 0);
}

TEST(ResourceFilterProxy, SortedProxySurvivesRefreshesUnderTheTester)
{
    ResourceTableModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ResourceTableModel::Name, Qt::DescendingOrder);
    proxy.setTextFilter(QStringLiteral("name"));
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 30; ++round) {
        QList<Resource> list;
        for (int i = 0; i < 40; ++i) {
            // Rows come and go in a pattern that changes every round; some change status.
            if ((i * 7 + round * 3) % 5 == 0)
                continue;
            Resource r = make(QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0')));
            r.status = (i + round) % 3 == 0 ? ResourceStatus::Starting : ResourceStatus::Running;
            list.append(r);
        }
        model.setResources(list);
        EXPECT_EQ(proxy.rowCount(), list.size());
        for (int row = 1; row < proxy.rowCount(); ++row)
            EXPECT_GE(proxy.index(row - 1, 0).data().toString(), proxy.index(row, 0).data().toString());
    }
    model.setResources({});
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_EQ(resets.count(), 0);
}

TEST(ResourceTableModel, SelectionSurvivesARefresh)
{
    ResourceTableModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ResourceTableModel::Name, Qt::AscendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    model.setResources(make({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("f"), QStringLiteral("h")}));

    // Select "f".
    const int sourceRow = model.rowOf(QStringLiteral("acc"), QStringLiteral("f"));
    const QModelIndex f = proxy.mapFromSource(model.index(sourceRow, 0));
    view.selectionModel()->setCurrentIndex(f, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(view.selectionModel()->selectedRows().size(), 1);

    // Rows before it are removed and inserted, its own status changes, the order shifts.
    auto list = make({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("f"), QStringLiteral("e"), QStringLiteral("h")});
    list[2].status = ResourceStatus::Stopping;
    model.setResources(list);

    const QModelIndexList selected = view.selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().siblingAtColumn(ResourceTableModel::Id).data().toString(), QStringLiteral("f"));
    EXPECT_EQ(view.selectionModel()->currentIndex().siblingAtColumn(ResourceTableModel::Id).data().toString(),
              QStringLiteral("f"));
    EXPECT_EQ(selected.first().data(ResourceTableModel::StatusRole).toInt(), int(ResourceStatus::Stopping));

    // An empty refresh clears it; nothing is left selected.
    model.setResources({});
    EXPECT_TRUE(view.selectionModel()->selectedRows().isEmpty());
}

TEST(ResourceTableModel, TenThousandRowsRefreshWithoutReset)
{
    ResourceTableModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ResourceTableModel::Created, Qt::DescendingOrder);
    QList<Resource> list;
    list.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        list.append(make(QStringLiteral("row-%1").arg(i)));
    model.setResources(list);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    for (int i = 0; i < list.size(); i += 97)
        list[i].status = ResourceStatus::Stopped;
    list.remove(5000, 10);
    list.insert(100, make(QStringLiteral("new-row")));
    model.setResources(list);
    EXPECT_EQ(model.rowCount(), 9991);
    EXPECT_EQ(proxy.rowCount(), 9991);
    EXPECT_EQ(resets.count(), 0);
}
