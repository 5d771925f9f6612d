// Level detection on the formats the console meets (Python logging, glog, absl/TensorFlow,
// logcat, Hadoop, HDFS, Zookeeper, the UNIS pod logs), Python traceback blocks, and user rules.
#include "core/logs/highlightrule.h"
#include "core/logs/linestore.h"
#include "core/logs/loglevel.h"
#include "core/logs/tracebackdetector.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace suanli;

TEST(LogLevelDetector, CommonFormats)
{
    const QList<QPair<QByteArray, LogLevel>> cases{
        {"[2025-02-10 15:55:03,248] [INFO] [real_accelerator.py:133:get_accelerator] Setting", LogLevel::Info},
        {"[2025-02-10 15:55:11,076] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1)", LogLevel::Error},
        {"2025-02-10 15:55:00.600108: E external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc:9261] Unable", LogLevel::Error},
        {"2025-02-10 15:55:01.599896: W tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning", LogLevel::Warning},
        {"2025-02-10 15:55:00.607750: I tensorflow/core/platform/cpu_feature_guard.cc:182] This", LogLevel::Info},
        {"E0210 15:55:00.600108    57 cuda_dnn.cc:9261] Unable to register", LogLevel::Error},
        {"03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs", LogLevel::Debug},
        {"03-17 16:13:38.811  1702  2395 W WindowManager: careful", LogLevel::Warning},
        {"081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1", LogLevel::Info},
        {"2015-07-29 19:04:29,071 - WARN  [SendWorker:188978561024:QuorumCnxManager$SendWorker@688] - Send", LogLevel::Warning},
        {"WARNING:root:something odd", LogLevel::Warning},
        {"level=error msg=\"pull failed\"", LogLevel::Error},
        {"{\"level\":\"debug\",\"msg\":\"x\"}", LogLevel::Debug},
        {"Traceback (most recent call last):", LogLevel::Error},
        {"ImportError: Using `bitsandbytes` 8-bit quantization requires Accelerate", LogLevel::Error},
        {"torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ", LogLevel::Error},
        {"/usr/local/lib/python3.9/site-packages/setuptools/distutils_patch.py:25: UserWarning: Distutils was imported",
         LogLevel::Warning},
        {"[2024-23-12 10:13:08] [INFO] [AmphaToolkit.llm.chat.evaluate.utils] 初始成功数据集:地址/ampha/dataset1", LogLevel::Info},
        // The first level word wins: the level field comes before the message.
        {"2024-01-01 INFO retrying after ERROR", LogLevel::Info},
        {"Map: 100%|██████████| 88/88 [00:00<00:00, 20514.60 examples/s]", LogLevel::None},
        {"an error occurred in the information desk", LogLevel::None},
        {"Information about INFORMATION", LogLevel::None},
        {"", LogLevel::None},
        {"\xff\xfe\x80 ERROR", LogLevel::Error},
    };
    for (const auto &[line, level] : cases)
        EXPECT_EQ(int(LogLevelDetector::detect(line)), int(level)) << line.toStdString();
}

TEST(LogLevelDetector, LoghubSamplesAllGetALevel)
{
    // Every line of these samples carries a level field.
    const QDir dir(QStringLiteral("/work/shared/data/loghub"));
    for (const QString &name : {QStringLiteral("HDFS_2k.log"), QStringLiteral("Hadoop_2k.log"), QStringLiteral("Spark_2k.log"),
                                QStringLiteral("Zookeeper_2k.log"), QStringLiteral("Android_2k.log")}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            GTEST_SKIP() << "loghub samples not available";
        LineStore store;
        store.appendText(file.readAll());
        int without = 0;
        for (qint64 i = 0; i < store.lineCount(); ++i) {
            if (LogLevelDetector::detect(store.line(i)) == LogLevel::None)
                ++without;
        }
        EXPECT_LE(without, store.lineCount() / 100) << name.toStdString();
    }
}

TEST(TracebackDetector, BlockRoles)
{
    LineStore store;
    store.appendLines({"Map: 100%|██████████| 59/59",                                // 0
                       "Traceback (most recent call last):",                        // 1
                       "  File \"/ampha/algorithm/sft.py\", line 182, in <module>", // 2
                       "    model = AutoModel.from_config(",                        // 3
                       "  File \"src/models/auto.py\", line 87, in from_config",     // 4
                       "ImportError: Using `bitsandbytes` requires Accelerate",     // 5
                       "[2025-02-10 15:55:11,076] [ERROR] failed",                  // 6
                       "  indented but not a frame",                                // 7
                       "",                                                          // 8
                       "Traceback (most recent call last):",                        // 9
                       "ValueError: no frames",                                     // 10
                       "  File \"x.py\", line 1",                                    // 11
                       "next"});                                                    // 12
    using R = TracebackDetector::Role;
    const auto lineAt = [&store](qint64 i) { return store.line(i); };
    const QList<R> expected{R::None, R::Header, R::Frame, R::Frame,     R::Frame, R::Exception, R::None,
                            R::None, R::None,   R::Header, R::None, R::None,  R::None};
    for (qint64 i = 0; i < store.lineCount(); ++i)
        EXPECT_EQ(int(TracebackDetector::role(lineAt, store.lineCount(), i)), int(expected[i])) << i;
    EXPECT_EQ(int(TracebackDetector::role(lineAt, store.lineCount(), 99)), int(R::None));
}

TEST(HighlightRule, JsonRoundTripAndDamage)
{
    const QList<HighlightRule> rules{
        {QStringLiteral("loss=\\d+"), true, false, QStringLiteral("#ff0000"), QString(), false, true},
        {QStringLiteral("检查点"), false, true, QString(), QStringLiteral("#123456"), true, false},
    };
    EXPECT_EQ(HighlightRule::listFromJson(HighlightRule::listToJson(rules)), rules);
    const QByteArray damaged = R"([{"pattern":"ok","foreground":"red"},{"pattern":""},7,{"regex":true},
                                   {"pattern":"x","background":"#ABCDEF"}])";
    const QList<HighlightRule> read = HighlightRule::listFromJson(damaged);
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[0].pattern, QStringLiteral("ok"));
    EXPECT_TRUE(read[0].foreground.isEmpty()); // not a #rrggbb colour
    EXPECT_EQ(read[1].background, QStringLiteral("#abcdef"));
    EXPECT_TRUE(HighlightRule::listFromJson("not json").isEmpty());
}
