#include "core/accountsession.h"
#include "core/provider.h"
#include "waitfor.h"

#include <gtest/gtest.h>

using namespace suanli;

namespace {

// A provider whose actions succeed except on the id "bad", answering through the event loop.
class FakeProvider final : public Provider
{
public:
    using Provider::Provider;
    QStringList performed;

    Capabilities capabilities() const override { return {}; }
    QList<Action> actions() const override { return {Action::Start}; }
    ActionInfo actionInfo(Action) const override { return {}; }
    Availability availability(const Resource &, Action) const override { return Availability::yes(); }
    void verify(QObject *context, Completion<Done> done) override { deliverLater<Done>(context, std::move(done), Done{}); }
    void listResources(const ListOptions &, QObject *context, Completion<QList<Resource>> done) override
    {
        deliverLater<QList<Resource>>(context, std::move(done), QList<Resource>());
    }
    void resource(const QString &, QObject *context, Completion<Resource> done) override
    {
        deliverLater<Resource>(context, std::move(done), Resource());
    }
    void perform(const Resource &r, const ActionRequest &, QObject *context, Completion<Done> done) override
    {
        performed.append(r.id);
        if (r.id == u"bad")
            deliverLater<Done>(context, std::move(done), ApiError::platform(QStringLiteral("-2"), QStringLiteral("实例不存在")));
        else
            deliverLater<Done>(context, std::move(done), Done{});
    }
    void balance(QObject *context, Completion<Balance> done) override { deliverLater<Balance>(context, std::move(done), Balance()); }
};

Resource withId(const QString &id)
{
    Resource r;
    r.id = id;
    return r;
}

} // namespace

TEST(Provider, DefaultBatchRunsOneAfterAnotherAndCollects)
{
    Account a;
    AccountSession session(a, nullptr);
    FakeProvider provider(&session);
    std::optional<Result<BatchOutcome>> out;
    QObject context;
    ActionRequest start;
    provider.performBatch({withId(QStringLiteral("a")), withId(QStringLiteral("bad")), withId(QStringLiteral("c"))}, start,
                          &context, [&](const Result<BatchOutcome> &r) { out.emplace(r); });
    EXPECT_FALSE(out.has_value()); // never synchronous
    ASSERT_TRUE(suanli::test::waitFor([&] { return out.has_value(); }, 5000));
    ASSERT_TRUE(*out);
    EXPECT_EQ(out->value().succeeded, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    ASSERT_EQ(out->value().failed.size(), 1);
    EXPECT_EQ(out->value().failed.first().first, QStringLiteral("bad"));
    EXPECT_TRUE(out->value().failed.first().second.contains(QStringLiteral("实例不存在")));
    EXPECT_EQ(provider.performed, (QStringList{QStringLiteral("a"), QStringLiteral("bad"), QStringLiteral("c")}));
}

TEST(Provider, BatchStopsWhenItsContextGoes)
{
    Account a;
    AccountSession session(a, nullptr);
    FakeProvider provider(&session);
    bool called = false;
    {
        QObject context;
        provider.performBatch({withId(QStringLiteral("a")), withId(QStringLiteral("b"))}, ActionRequest{}, &context,
                              [&](const Result<BatchOutcome> &) { called = true; });
    }
    suanli::test::waitFor([] { return false; }, 200);
    EXPECT_FALSE(called);
    EXPECT_LE(provider.performed.size(), 1);
}
