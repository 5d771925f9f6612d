#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace suanli::gui {

// The question before something that costs money or cannot be undone: Cancel is the default
// button and Escape, the action is named on the other.
class ConfirmationBox final
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationBox)
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question, const QString &details,
                    const QString &verb);
};

} // namespace suanli::gui
