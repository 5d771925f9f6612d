#include "yuanjingfieldsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace suanli::gui {

namespace {

constexpr qint64 kMaxImageBytes = 10 * 1024 * 1024;

QString labelFor(const yuanjing::InputField &f)
{
    // The documented fields by our words; the others as the platform labels them.
    if (f.name == u"prompt")
        return YuanjingFieldsForm::tr("Prompt:");
    if (f.name == u"duration")
        return YuanjingFieldsForm::tr("Duration (s):");
    if (f.name == u"audio")
        return YuanjingFieldsForm::tr("Audio:");
    if (f.name == u"ratio")
        return YuanjingFieldsForm::tr("Aspect ratio:");
    if (f.name == u"resolution")
        return YuanjingFieldsForm::tr("Resolution:");
    if (f.kind == yuanjing::InputField::Kind::Image)
        return YuanjingFieldsForm::tr("Image (%1):").arg(f.label);
    return f.label + QLatin1Char(':');
}

QString imageType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return QStringLiteral("png");
    if (suffix == u"jpg" || suffix == u"jpeg")
        return QStringLiteral("jpeg");
    if (suffix == u"webp")
        return QStringLiteral("webp");
    return {};
}

} // namespace

YuanjingFieldsForm::YuanjingFieldsForm(bool withPromptAndImage, QWidget *parent)
    : QWidget(parent)
    , m_withPromptAndImage(withPromptAndImage)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_chooseImage = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose an image"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp)"));
    };
}

YuanjingFieldsForm::~YuanjingFieldsForm() = default;

void YuanjingFieldsForm::setFields(const QList<yuanjing::InputField> &fields)
{
    // Keep what was typed where the new model has the same field.
    QString prompt;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editors.value(QStringLiteral("prompt"))))
        prompt = edit->toPlainText();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_fields.clear();
    for (const yuanjing::InputField &f : fields) {
        const bool skipped = !m_withPromptAndImage && (f.name == u"prompt" || f.kind == yuanjing::InputField::Kind::Image);
        if (skipped)
            continue;
        m_fields.append(f);
        QWidget *editor = nullptr;
        QWidget *row = nullptr;
        switch (f.kind) {
        case yuanjing::InputField::Kind::Text:
            if (f.name == u"prompt") {
                auto *edit = new QPlainTextEdit(this);
                edit->setPlaceholderText(tr("What the video shows, e.g. “a cat surfing at sunset, cinematic”"));
                edit->setTabChangesFocus(true);
                edit->setMaximumHeight(edit->fontMetrics().height() * 5);
                edit->setPlainText(prompt);
                connect(edit, &QPlainTextEdit::textChanged, this, &YuanjingFieldsForm::changed);
                editor = edit;
            } else {
                auto *edit = new QLineEdit(this);
                edit->setText(f.defaultValue.isString() ? f.defaultValue.toString() : QString());
                connect(edit, &QLineEdit::textChanged, this, &YuanjingFieldsForm::changed);
                editor = edit;
            }
            break;
        case yuanjing::InputField::Kind::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(f.minimum, f.maximum > f.minimum ? f.maximum : 1000000);
            spin->setValue(f.defaultValue.isDouble() ? f.defaultValue.toInt() : qMax(f.minimum, qMin(5, spin->maximum())));
            if (f.name == u"duration")
                spin->setSuffix(tr(" s"));
            connect(spin, &QSpinBox::valueChanged, this, &YuanjingFieldsForm::changed);
            editor = spin;
            break;
        }
        case yuanjing::InputField::Kind::Boolean: {
            auto *check = new QCheckBox(f.name == u"audio" ? tr("Generate sound with the video") : f.label, this);
            check->setChecked(f.defaultValue.toBool());
            connect(check, &QCheckBox::toggled, this, &YuanjingFieldsForm::changed);
            editor = check;
            break;
        }
        case yuanjing::InputField::Kind::Choice: {
            auto *combo = new QComboBox(this);
            for (qsizetype i = 0; i < f.choices.size(); ++i)
                combo->addItem(f.choiceLabels.value(i, f.choices.at(i)), f.choices.at(i));
            const int index = combo->findData(f.defaultValue.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            connect(combo, &QComboBox::currentIndexChanged, this, &YuanjingFieldsForm::changed);
            editor = combo;
            break;
        }
        case yuanjing::InputField::Kind::Image: {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(tr("An image file, or an https:// address"));
            auto *choose = new QPushButton(tr("Choose…"), this);
            choose->setObjectName(QStringLiteral("chooseImage-") + f.name);
            connect(choose, &QPushButton::clicked, this, [this, line] {
                const QString path = m_chooseImage ? m_chooseImage() : QString();
                if (!path.isEmpty())
                    line->setText(path);
            });
            connect(line, &QLineEdit::textChanged, this, &YuanjingFieldsForm::changed);
            auto *box = new QWidget(this);
            auto *h = new QHBoxLayout(box);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(line, 1);
            h->addWidget(choose);
            editor = line;
            row = box;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field-") + f.name);
        if (!f.label.isEmpty() && f.label != f.name)
            editor->setToolTip(f.label);
        m_editors.insert(f.name, editor);
        m_layout->addRow(labelFor(f), row ? row : editor);
    }
    Q_EMIT changed();
}

QString YuanjingFieldsForm::imageValue(QString *error) const
{
    for (const yuanjing::InputField &f : m_fields) {
        if (f.kind != yuanjing::InputField::Kind::Image)
            continue;
        const auto *line = qobject_cast<QLineEdit *>(m_editors.value(f.name));
        const QString text = line ? line->text().trimmed() : QString();
        if (text.isEmpty()) {
            if (f.required && error)
                *error = tr("Choose the image the video starts from.");
            return {};
        }
        if (text.startsWith(u"https://") || text.startsWith(u"http://"))
            return text;
        const QString type = imageType(text);
        if (type.isEmpty()) {
            if (error)
                *error = tr("The image must be a PNG, JPEG or WebP file.");
            return {};
        }
        QFile file(text);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1 cannot be read: %2").arg(text, file.errorString());
            return {};
        }
        if (file.size() > kMaxImageBytes) {
            if (error)
                *error = tr("The image is larger than 10 MB.");
            return {};
        }
        return QStringLiteral("data:image/") + type + QStringLiteral(";base64,") + QString::fromLatin1(file.readAll().toBase64());
    }
    return {};
}

QString YuanjingFieldsForm::problem() const
{
    if (m_withPromptAndImage) {
        const auto *prompt = qobject_cast<QPlainTextEdit *>(m_editors.value(QStringLiteral("prompt")));
        if (prompt && prompt->toPlainText().trimmed().isEmpty())
            return tr("Write a prompt.");
        QString error;
        imageValue(&error);
        if (!error.isEmpty())
            return error;
    }
    for (const yuanjing::InputField &f : m_fields) {
        if (f.required && f.kind == yuanjing::InputField::Kind::Text && f.name != u"prompt") {
            const auto *line = qobject_cast<QLineEdit *>(m_editors.value(f.name));
            if (line && line->text().trimmed().isEmpty())
                return tr("Fill in “%1”.").arg(f.label);
        }
    }
    return {};
}

yuanjing::VideoRequest YuanjingFieldsForm::request(const QString &llmid) const
{
    yuanjing::VideoRequest r;
    r.llmid = llmid;
    r.duration = 0;
    for (const yuanjing::InputField &f : m_fields) {
        QWidget *w = m_editors.value(f.name);
        QJsonValue value;
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            value = text->toPlainText().trimmed();
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            value = spin->value();
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            value = check->isChecked();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            value = combo->currentData().toString();
        else if (auto *line = qobject_cast<QLineEdit *>(w); line && f.kind != yuanjing::InputField::Kind::Image)
            value = line->text().trimmed();
        if (f.kind == yuanjing::InputField::Kind::Image)
            continue;
        if (f.name == u"prompt")
            r.prompt = value.toString();
        else if (f.name == u"duration")
            r.duration = value.toInt();
        else if (f.name == u"audio")
            r.audio = value.toBool();
        else if (f.name == u"ratio")
            r.ratio = value.toString();
        else if (f.name == u"resolution")
            r.resolution = value.toString();
        else if (!(value.isString() && value.toString().isEmpty()))
            r.extra.insert(f.name, value);
    }
    if (r.duration <= 0)
        r.duration = 5; // the model has no duration field: the documented default length
    if (m_withPromptAndImage) {
        QString ignored;
        r.image = imageValue(&ignored);
    }
    return r;
}

} // namespace suanli::gui
