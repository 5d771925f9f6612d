#pragma once

#include "platforms/yuanjing/yuanjingtypes.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;

namespace suanli::gui {

// A form made from a 元境 model's input_fields: a text box for the prompt, a number for the
// duration, a switch for audio, a list for each choice (ratio, resolution), and an image
// picker (a file, or an http(s) address). Fields the document does not name are sent as they
// are typed.
class YuanjingFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingFieldsForm)

public:
    // Without prompt and image: the form for a price, which depends on neither.
    explicit YuanjingFieldsForm(bool withPromptAndImage, QWidget *parent = nullptr);
    ~YuanjingFieldsForm() override;

    void setFields(const QList<yuanjing::InputField> &fields);
    QList<yuanjing::InputField> fields() const { return m_fields; }
    // The editor of a field (QPlainTextEdit, QSpinBox, QCheckBox, QComboBox or QLineEdit); nullptr
    // when the model has no such field.
    QWidget *editor(const QString &name) const { return m_editors.value(name); }
    // What the user chose an image file with; replaceable for tests.
    void setImageChooser(std::function<QString()> chooser) { m_chooseImage = std::move(chooser); }

    // The request as the form says it now (the image read from its file).
    yuanjing::VideoRequest request(const QString &llmid) const;
    // Why the form cannot be sent (translated); empty when it can.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    QString imageValue(QString *error) const;

    bool m_withPromptAndImage;
    QFormLayout *m_layout;
    QList<yuanjing::InputField> m_fields;
    QHash<QString, QWidget *> m_editors;
    std::function<QString()> m_chooseImage;
};

} // namespace suanli::gui
