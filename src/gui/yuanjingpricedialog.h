#pragma once

#include "platforms/yuanjing/yuanjingtypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace suanli::yuanjing {
class YuanjingProvider;
}

namespace suanli::gui {

class YuanjingFieldsForm;

// The price of a 元境 model with a configuration: list price and the price for this account.
class YuanjingPriceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingPriceDialog)

public:
    YuanjingPriceDialog(yuanjing::YuanjingProvider *provider, QWidget *parent = nullptr);
    ~YuanjingPriceDialog() override;

    QComboBox *modelCombo() const { return m_model; }
    YuanjingFieldsForm *form() const { return m_form; }
    QPushButton *askButton() const { return m_ask; }
    QLabel *resultLabel() const { return m_result; }
    bool modelsLoaded() const { return m_loaded; }
    void ask();

Q_SIGNALS:
    void answered();

private:
    void loadModels();

    yuanjing::YuanjingProvider *m_provider;
    QComboBox *m_type;
    QComboBox *m_model;
    YuanjingFieldsForm *m_form;
    QPushButton *m_ask;
    QLabel *m_result;
    QList<yuanjing::VideoModel> m_models;
    int m_generation = 0;
    bool m_loaded = false;
};

// Runs one of 元境's pricing programs on a usage, as operators who define prices do.
class YuanjingPricingTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingPricingTestDialog)

public:
    YuanjingPricingTestDialog(yuanjing::YuanjingProvider *provider, QWidget *parent = nullptr);
    ~YuanjingPricingTestDialog() override;

    QLineEdit *programEdit() const { return m_program; }
    QPlainTextEdit *usageEdit() const { return m_usage; }
    QPushButton *runButton() const { return m_run; }
    QLabel *resultLabel() const { return m_result; }
    void run();

Q_SIGNALS:
    void answered();

private:
    yuanjing::YuanjingProvider *m_provider;
    QLineEdit *m_program;
    QPlainTextEdit *m_usage;
    QPushButton *m_run;
    QLabel *m_result;
};

} // namespace suanli::gui
