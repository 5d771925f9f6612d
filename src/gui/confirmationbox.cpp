#include "confirmationbox.h"

#include <QMessageBox>
#include <QPushButton>

namespace suanli::gui {

bool ConfirmationBox::ask(QWidget *parent, const QString &title, const QString &question, const QString &details,
                          const QString &verb)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmAction"));
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *go = box.addButton(verb, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace suanli::gui
