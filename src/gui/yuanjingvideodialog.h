#pragma once

#include "platforms/yuanjing/videogeneration.h"
#include "platforms/yuanjing/yuanjingtypes.h"

#include "core/result.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace suanli::yuanjing {
class VideoGeneration;
class YuanjingProvider;
}

namespace suanli::gui {

class YuanjingFieldsForm;

// Generates a 元境 video: the type and model, a form made from the model's inputs, the price
// asked as the form changes and shown before anything is sent, a confirmation (it costs money),
// then the progress as the stream tells it, and the link (open, copy, download) or the reason it
// failed. The generation belongs to `owner`: closing the dialog does not stop following it.
class YuanjingVideoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingVideoDialog)

public:
    YuanjingVideoDialog(yuanjing::YuanjingProvider *provider, QObject *owner, QWidget *parent = nullptr);
    ~YuanjingVideoDialog() override;

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *modelCombo() const { return m_model; }
    YuanjingFieldsForm *form() const { return m_form; }
    QLabel *priceLabel() const { return m_price; }
    QPushButton *generateButton() const { return m_generate; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *eventList() const { return m_events; }
    QLabel *linkLabel() const { return m_link; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *downloadButton() const { return m_download; }

    bool modelsLoaded() const { return m_modelsLoaded; }
    std::optional<yuanjing::PriceQuote> quote() const { return m_quote; }
    yuanjing::VideoGeneration *generation() const;
    std::optional<yuanjing::VideoTask> result() const { return m_result; }
    QString errorText() const { return m_error; }

    void setType(yuanjing::VideoType type);
    // Asks to confirm the price, then generates.
    void generate();

Q_SIGNALS:
    void generationStarted(suanli::yuanjing::VideoGeneration *generation);
    void openRequested(const QUrl &video);
    void copyRequested(const QUrl &video);
    void downloadRequested(const QUrl &video, const QString &taskId);

private:
    void loadModels();
    void onModelChanged();
    void askPrice();
    void follow(yuanjing::VideoGeneration *generation);
    void onEvent(const yuanjing::VideoEvent &event);
    void onFinished(const Result<yuanjing::VideoTask> &result);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    const yuanjing::VideoModel *currentModel() const;

    yuanjing::YuanjingProvider *m_provider;
    QPointer<QObject> m_owner;
    QComboBox *m_type;
    QComboBox *m_model;
    QLabel *m_description;
    YuanjingFieldsForm *m_form;
    QLabel *m_price;
    QPushButton *m_generate;
    QWidget *m_progressBox;
    QLabel *m_status;
    QProgressBar *m_progress;
    QListWidget *m_events;
    QWidget *m_resultBox;
    QLabel *m_link;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_download;
    QTimer *m_priceDelay;
    QList<yuanjing::VideoModel> m_models;
    std::optional<yuanjing::PriceQuote> m_quote;
    QString m_quotedFor; // the request the quote is for, as JSON
    QPointer<yuanjing::VideoGeneration> m_generation;
    std::optional<yuanjing::VideoTask> m_result;
    QString m_error;
    int m_modelGeneration = 0;
    int m_priceGeneration = 0;
    bool m_modelsLoaded = false;
};

} // namespace suanli::gui
