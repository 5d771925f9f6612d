#pragma once

#include "sim/yuanjing/yuanjingrecords.h"

#include <QList>
#include <QString>

// The platform the simulator starts with: fixed ids so that screenshots and tests see the same
// data every run, times relative to start-up.
namespace suanli::sim::yuanjing {

// The phone with one account (it may also run pricing tests) and the phone with two.
QString demoPhone();   // "13800000000"
QString choosePhone(); // "13900000000"

// Two text-to-video models, one image-to-video model and one reference-to-video model (whose
// stream ends after the submit line).
QList<Model> seedModels();
// The demo user (balances, one app, 96 orders) and the two users of choosePhone().
QList<User> seedUsers(qint64 nowMs, const QList<Model> &models);
// Today: one succeeded and one failed video of the demo user; yesterday: one more.
QList<Task> seedTasks(qint64 nowMs, const QList<Model> &models);

// The list and customer price of a generation, in fen.
qint64 listPriceFen(const Model &model, int seconds, const QString &resolution, bool audio);
qint64 customerPriceFen(const Model &model, qint64 listFen);

// "yyyy-MM-dd HH:mm:ss" / "yyyy-MM-dd" in China Standard Time.
QString cstDateTime(qint64 ms);
QString cstDate(qint64 ms);
// Midnight of the day of `ms` in China Standard Time.
qint64 cstStartOfDay(qint64 ms);
// Yuan as the JSON number the platform sends (88.5 for 8850 fen).
double yuan(qint64 fen);

} // namespace suanli::sim::yuanjing
