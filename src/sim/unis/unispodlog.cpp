#include "sim/unis/unispodlog.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace suanli::sim {

namespace {

constexpr qint64 kHeaderGapMs = 50; // the start-up burst: one line every 50 ms
constexpr qint64 kHourMs = 3600 * 1000;

// A stable hash (qHash is seeded per process): FNV-1a over the pod name, mixed with the index.
quint64 mix(const QString &podName, qint64 index)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : podName.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    quint64 z = h + quint64(index) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool isNotebook(const UnisPodLife &pod)
{
    return pod.jobKind == QLatin1String("dev-env");
}

QByteArrayList trainingHeader(const UnisPodLife &pod)
{
    const QByteArray gpus = QByteArray::number(std::max(1, pod.gpuCount));
    QByteArray gpuList;
    for (int i = 0; i < std::max(1, pod.gpuCount); ++i)
        gpuList += (i ? "," : "") + QByteArray::number(i);
    return {
        "[%T,248] [INFO] [real_accelerator.py:133:get_accelerator] Setting ds_accelerator to cuda (auto detect)",
        "[%T] [INFO] [AmphaToolkit.text_generation.datasets.auto] 使用环境变量中的数据集路径: /ampha/dataset",
        "[%T] [INFO] [AmphaToolkit.text_generation.models.auto] 使用环境变量中的模型路径: /ampha/model",
        "%T.600108: E external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc:9261] Unable to register cuDNN factory: "
        "Attempting to register factory for plugin cuDNN when one has already been registered",
        "%T.600159: E external/local_xla/xla/stream_executor/cuda/cuda_fft.cc:607] Unable to register cuFFT factory: "
        "Attempting to register factory for plugin cuFFT when one has already been registered",
        "%T.607750: I tensorflow/core/platform/cpu_feature_guard.cc:182] This TensorFlow binary is optimized to use "
        "available CPU instructions in performance-critical operations.",
        "To enable the following instructions: AVX2 AVX512F AVX512_VNNI FMA, in other operations, rebuild TensorFlow "
        "with the appropriate compiler flags.",
        "%T.599896: W tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning: Could not find TensorRT",
        "/usr/local/lib/python3.10/site-packages/setuptools/distutils_patch.py:25: UserWarning: Distutils was imported "
        "before Setuptools. This usage is discouraged and may exhibit undesirable behaviors or errors.",
        "  warnings.warn(",
        "",
        "Downloading data files:   0%|          | 0/2 [00:00<?, ?it/s]\rDownloading data files: 100%|██████████| 2/2 "
        "[00:00<00:00, 15033.35it/s]",
        "",
        "Extracting data files:   0%|          | 0/2 [00:00<?, ?it/s]",
        "Extracting data files: 100%|██████████| 2/2 [00:00<00:00, 614.78it/s]",
        "",
        "Generating train split: 0 examples [00:00, ? examples/s]",
        "Generating train split: 88000 examples [00:01, 61707.49 examples/s]",
        "",
        "Generating validation split: 0 examples [00:00, ? examples/s]",
        "Generating validation split: 5900 examples [00:00, 40728.10 examples/s]",
        "",
        "Map:   0%|          | 0/88000 [00:00<?, ? examples/s]\rMap:  37%|███▋      | 32768/88000 [00:01<00:02, "
        "20514.60 examples/s]\rMap: 100%|██████████| 88000/88000 [00:04<00:00, 20514.60 examples/s]",
        "",
        "[%T] [INFO] [AmphaToolkit.llm.runner] 检测到可用GPU为: " + gpuList,
        "[%T] [INFO] [torch.distributed] world_size=" + gpus + " backend=nccl 初始化完成",
        "Loading checkpoint shards:   0%|          | 0/7 [00:00<?, ?it/s]",
        "Loading checkpoint shards:  43%|████▎     | 3/7 [00:15<00:20,  5.08s/it]",
        "Loading checkpoint shards: 100%|██████████| 7/7 [00:34<00:00,  4.93s/it]",
        "[%T,912] [WARNING] [accelerate.utils.other] Detected kernel version 4.19.90, which is below the recommended "
        "minimum of 5.5.0; this can cause the process to hang.",
        "***** Running training *****",
        "  Num examples = 88,000",
        "  Num Epochs = 3",
        "  Instantaneous batch size per device = 8",
        "  Gradient Accumulation steps = 4",
        "  Total optimization steps = 8,250",
        "  Number of trainable parameters = 19,988,480",
        "[%T] [INFO] [" + pod.podName.toUtf8() + "] 训练开始",
    };
}

QByteArrayList notebookHeader(const UnisPodLife &pod)
{
    return {
        "[I %T.301 ServerApp] jupyter_lsp | extension was successfully linked.",
        "[I %T.308 ServerApp] jupyter_server_terminals | extension was successfully linked.",
        "[I %T.316 ServerApp] jupyterlab | extension was successfully linked.",
        "[W %T.321 ServerApp] WARNING: The Jupyter server is listening on all IP addresses and not using encryption. "
        "This is not recommended.",
        "[I %T.402 ServerApp] Serving notebooks from local directory: /ampha/private",
        "[I %T.402 ServerApp] Jupyter Server 2.14.1 is running at:",
        "[I %T.402 ServerApp] http://" + pod.podName.toUtf8() + ":8888/lab",
        "[I %T.402 ServerApp]     http://127.0.0.1:8888/lab",
        "[I %T.402 ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).",
        "[I %T.913 LabApp] Build is up to date",
    };
}

QByteArrayList header(const UnisPodLife &pod)
{
    return isNotebook(pod) ? notebookHeader(pod) : trainingHeader(pod);
}

QByteArrayList tail(const UnisPodLife &pod)
{
    if (isNotebook(pod)) {
        if (pod.phase == UnisPodLife::Phase::Running || pod.phase == UnisPodLife::Phase::Pending)
            return {};
        return {"[C %T.001 ServerApp] received signal 15, stopping",
                "[I %T.002 ServerApp] Shutting down 5 extensions",
                "[I %T.130 ServerApp] Shutting down 0 terminals"};
    }
    switch (pod.phase) {
    case UnisPodLife::Phase::Succeeded:
        return {"[%T] [INFO] [AmphaToolkit.llm.runner] 训练完成，开始保存模型",
                "{'train_runtime': 22318.4, 'train_samples_per_second': 11.83, 'train_steps_per_second': 0.37, "
                "'train_loss': 0.4113, 'epoch': 3.0}",
                "Saving model checkpoint to /ampha/output/model",
                "***** train metrics *****",
                "  epoch                    =        3.0",
                "  train_loss               =     0.4113",
                "[%T] [INFO] [AmphaToolkit.llm.runner] 模型已保存到 /ampha/output/model，任务成功结束"};
    case UnisPodLife::Phase::Failed:
        return {"Traceback (most recent call last):",
                "  File \"/ampha/algorithm/sft.py\", line 182, in <module>",
                "    model = AutoModel.from_config(",
                "  File \"src/AmphaToolkit/text_generation/models/auto.py\", line 87, in "
                "AmphaToolkit.text_generation.models.auto.AutoModel.from_config",
                "  File \"/usr/local/lib/python3.10/site-packages/transformers/modeling_utils.py\", line 3049, in "
                "from_pretrained",
                "    hf_quantizer.validate_environment(",
                "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity "
                "of 79.33 GiB of which 1.12 GiB is free.",
                "[%T,076] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1) local_rank: 0 "
                "(pid: 57) of binary: /usr/local/bin/python3.10",
                "torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ",
                "============================================================",
                "sft.py FAILED",
                "------------------------------------------------------------",
                "Root Cause (first observed failure):",
                "  host      : " + pod.podName.toUtf8(),
                "  exitcode  : 1 (pid: 57)",
                "============================================================"};
    case UnisPodLife::Phase::Stopped:
        return {"[%T] [WARNING] [torch.distributed.elastic.agent.server.api] Received Signals.SIGTERM death signal, "
                "shutting down workers",
                "[%T] [INFO] [AmphaToolkit.llm.runner] 收到停止信号，已保存中断前的检查点"};
    case UnisPodLife::Phase::Pending:
    case UnisPodLife::Phase::Running:
        break;
    }
    return {};
}

QByteArray stamp(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
}

// Running time (ms after the burst) at which loop line `k` was written.
qint64 loopLineMs(qint64 k)
{
    const qint64 fastLines = kHourMs / 1000 * UnisPodLog::kFastLinesPerSecond;
    if (k < fastLines)
        return k * 1000 / UnisPodLog::kFastLinesPerSecond;
    return kHourMs + qint64(double(k - fastLines) * 1000.0 / UnisPodLog::kSlowLinesPerSecond);
}

qint64 loopLinesAfter(qint64 ms)
{
    if (ms <= 0)
        return 0;
    if (ms <= kHourMs)
        return ms * UnisPodLog::kFastLinesPerSecond / 1000;
    return kHourMs / 1000 * UnisPodLog::kFastLinesPerSecond
        + qint64(double(ms - kHourMs) * UnisPodLog::kSlowLinesPerSecond / 1000.0);
}

QByteArray trainingLoopLine(const UnisPodLife &pod, qint64 k, const QDateTime &time)
{
    const quint64 r = mix(pod.podName, k);
    // A caught error now and then: eight lines that belong together.
    const qint64 block = k / 8;
    if (block % 150 == 77) {
        static const QByteArrayList retry{
            "Traceback (most recent call last):",
            "  File \"/usr/local/lib/python3.10/site-packages/torch/utils/data/dataloader.py\", line 1133, in "
            "_try_get_data",
            "    data = self._data_queue.get(timeout=timeout)",
            "  File \"/usr/local/lib/python3.10/multiprocessing/queues.py\", line 113, in get",
            "    if not self._poll(timeout):",
            "ConnectionResetError: [Errno 104] Connection reset by peer",
            "[%T] [WARNING] [AmphaToolkit.data] 数据加载失败，3 秒后重试 (attempt 1/5)",
            "",
        };
        return retry.at(int(k % 8));
    }
    const qint64 step = k / 4 + 1;
    const double loss = 2.4 * std::exp(-double(step) / 2500.0) + 0.05 + double(r % 1000) / 20000.0;
    const double epoch = double(step) / 2750.0;
    switch (k % 4) {
    case 0:
        return QByteArray("[%T,") + QByteArray::number(r % 1000).rightJustified(3, '0') +
               "] [INFO] [trainer.py:2043:_inner_training_loop] {'loss': " + QByteArray::number(loss, 'f', 4) +
               ", 'grad_norm': " + QByteArray::number(0.5 + double(r % 700) / 1000.0, 'f', 4) +
               ", 'learning_rate': 2e-05, 'epoch': " + QByteArray::number(epoch, 'f', 2) + "}";
    case 1: {
        // A progress bar with the redraws a terminal would overwrite, as a container writes them.
        const qint64 total = 8250;
        const qint64 done = std::min(step, total);
        const int percent = int(done * 100 / total);
        auto bar = [](qint64 d, qint64 t, int p) -> QByteArray {
            const int filled = int(d * 10 / t);
            return QByteArray::number(p).rightJustified(3, ' ') + "%|" + QByteArray("██████████").left(filled * 3)
                + QByteArray(10 - filled, ' ') + "| " + QByteArray::number(d) + "/" + QByteArray::number(t);
        };
        QByteArray line = bar(std::max<qint64>(0, done - 1), total, int(std::max<qint64>(0, done - 1) * 100 / total));
        line += " [" + stamp(time).right(8) + "<05:12:33,  2.27s/it]\r" + bar(done, total, percent) + " [" +
                stamp(time).right(8) + "<05:12:31,  2.26s/it]";
        return line;
    }
    case 2:
        if (r % 23 == 0)
            return "[%T] [WARNING] [torch.distributed] NCCL 通信耗时 " + QByteArray::number(800 + r % 900) +
                   " ms，接近超时阈值";
        if (r % 17 == 0)
            return "";
        return "[%T] [INFO] [AmphaToolkit.llm.runner] 已处理样本 " + QByteArray::number(step * 32) +
               "/264000，吞吐 " + QByteArray::number(300 + double(r % 1000) / 10.0, 'f', 1) + " samples/s";
    default:
        if (step % 500 == 0)
            return "[%T] [INFO] [AmphaToolkit.llm.runner] 保存检查点到 /ampha/output/checkpoint-" + QByteArray::number(step);
        return "[%T] [DEBUG] [torch.cuda] step " + QByteArray::number(step) + " 显存占用 " +
               QByteArray::number(60 + double(r % 150) / 10.0, 'f', 1) + " GiB";
    }
}

QByteArray notebookLoopLine(const UnisPodLife &pod, qint64 k)
{
    const quint64 r = mix(pod.podName, k);
    switch (r % 6) {
    case 0:
        return "[I %T.120 ServerApp] 302 GET /lab?token=[secret] (@10.99.232.1) 1.24ms";
    case 1:
        return "[I %T.561 ServerApp] Kernel started: " + QByteArray::number(r, 16).left(8) + "-6b1c-4f3e-9d2a-"
            + QByteArray::number(r >> 8, 16).left(12);
    case 2:
        return "[I %T.884 ServerApp] Saving file at /ampha/private/实验记录.ipynb";
    case 3:
        return "[W %T.010 ServerApp] 404 GET /api/kernels/undefined (@10.99.232.1) 3.10ms";
    default:
        return "[I %T.442 ServerApp] Starting buffering for " + QByteArray::number(r % 100000);
    }
}

} // namespace

qint64 UnisPodLog::lineCount(const UnisPodLife &pod, const QDateTime &at)
{
    if (!pod.started.isValid() || !at.isValid() || at < pod.started)
        return 0;
    const bool ended = pod.finished.isValid() && at >= pod.finished;
    const qint64 end = ended ? pod.finished.toMSecsSinceEpoch() : at.toMSecsSinceEpoch();
    const qint64 running = end - pod.started.toMSecsSinceEpoch();
    const qint64 headerLines = header(pod).size();
    qint64 count = std::min<qint64>(headerLines, running / kHeaderGapMs + 1);
    if (count == headerLines)
        count += loopLinesAfter(running - headerLines * kHeaderGapMs);
    if (ended)
        count += tail(pod).size();
    return count;
}

QByteArray UnisPodLog::line(const UnisPodLife &pod, qint64 index)
{
    const QByteArrayList head = header(pod);
    const qint64 started = pod.started.toMSecsSinceEpoch();
    QByteArray text;
    QDateTime time;
    if (index < head.size()) {
        text = head.at(index);
        time = QDateTime::fromMSecsSinceEpoch(started + index * kHeaderGapMs, QTimeZone(8 * 3600));
    } else {
        const qint64 k = index - head.size();
        const qint64 burst = head.size() * kHeaderGapMs;
        // Lines after the loop's last one belong to the end.
        const qint64 loopEnd = pod.finished.isValid() ? loopLinesAfter(pod.finished.toMSecsSinceEpoch() - started - burst)
                                                      : std::numeric_limits<qint64>::max();
        if (k >= loopEnd) {
            const QByteArrayList end = tail(pod);
            text = k - loopEnd < end.size() ? end.at(int(k - loopEnd)) : QByteArray();
            time = pod.finished;
        } else {
            time = QDateTime::fromMSecsSinceEpoch(started + burst + loopLineMs(k), QTimeZone(8 * 3600));
            text = isNotebook(pod) ? notebookLoopLine(pod, k) : trainingLoopLine(pod, k, time);
        }
    }
    text.replace("%T", stamp(time));
    return text;
}

QByteArrayList UnisPodLog::lines(const UnisPodLife &pod, qint64 from, qint64 to, const QDateTime &at)
{
    const qint64 count = lineCount(pod, at);
    from = std::clamp<qint64>(from, 0, count);
    to = std::clamp<qint64>(to, from, count);
    QByteArrayList out;
    out.reserve(to - from);
    for (qint64 i = from; i < to; ++i)
        out.append(line(pod, i));
    return out;
}

} // namespace suanli::sim
